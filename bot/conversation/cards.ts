// An answer as an Adaptive Card (schema 1.3, which Web Chat and Teams render): the facts at a
// glance, the entry's links as real links, the online service and the office's phone as buttons,
// and the review date with the source. The answer's text travels in the activity itself, so the card does not repeat it.
// A small typed builder of our own: the few elements used here, checked by the compiler; no
// citizen text ever goes into a card, and the knowledge's text is escaped, because TextBlocks
// render markdown.
import type { Attachment } from '@microsoft/agents-activity';
import type { AnswerView } from '../../knowledge/answer';
import { button } from '../../knowledge/texts/commands';
import { texts } from '../../knowledge/texts/index';
import { ADAPTIVE_CARD } from '../channels/capabilities';

interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'Bolder';
  size?: 'Small' | 'Medium';
  isSubtle?: boolean;
}
/** A fact as a label above its value: a FactSet's narrow label column breaks words on a phone. */
interface Fact {
  type: 'Container';
  spacing: 'Medium';
  items: [TextBlock, TextBlock];
}
interface OpenUrl {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}
interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.3';
  body: Array<TextBlock | Fact>;
  actions: OpenUrl[];
}

/** Markdown's special characters as literal text. */
const escapeMarkdown = (text: string): string => text.replace(/[\\`*_{}[\]()#+\-.!|>~<]/g, (c) => `\\${c}`);

const link = (title: string, url: string): string => `[${escapeMarkdown(title)}](${encodeURI(decodeURI(url))})`;

export function answerCard(view: AnswerView): Attachment {
  const t = texts().answers;
  const body: Array<TextBlock | Fact> = [
    { type: 'TextBlock', text: escapeMarkdown(t.atAGlance), weight: 'Bolder', size: 'Medium', wrap: true },
    ...view.facts.map((f): Fact => ({
      type: 'Container',
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: escapeMarkdown(f.label), weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: escapeMarkdown(f.value), wrap: true },
      ],
    })),
  ];
  if (view.links.length) {
    body.push({
      type: 'TextBlock',
      text: `${escapeMarkdown(t.moreLinks)}: ${view.links.map((l) => link(l.title, l.url)).join(' · ')}`,
      wrap: true,
    });
  }
  body.push({ type: 'TextBlock', text: escapeMarkdown(view.footer), size: 'Small', isSubtle: true, wrap: true });
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body,
    actions: [
      ...(view.online ? [{ type: 'Action.OpenUrl' as const, title: button('facetOnline'), url: view.online.url }] : []),
      // One tap dials the office on a phone (Web Chat opens tel: links; Telegram keeps only https buttons).
      ...(view.call ? [{ type: 'Action.OpenUrl' as const, title: t.call(view.call.number), url: view.call.uri }] : []),
    ],
  };
  return { contentType: ADAPTIVE_CARD, content: card };
}
