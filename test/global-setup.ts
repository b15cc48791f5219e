// Trains the router's models (German and English) once into the cache that every test assistant
// reads, before the test workers start. Without it, on a machine with an empty cache, each test
// process trains the same models in the background at once, and the tests starve each other.
import { KnowledgeBase } from '../knowledge/loader';

export default function trainModelsOnce(): void {
  const knowledge = new KnowledgeBase();
  try {
    knowledge.routerFor('en');
  } finally {
    knowledge.close();
  }
}
