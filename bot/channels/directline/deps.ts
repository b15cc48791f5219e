// What the Direct Line routes and streams need from the channel that wires them.
import type { AssistantServices } from '../../turn';
import type { DirectLineTokens, TokenClaims } from './tokens';
import type { StoredActivity, Transcripts } from './transcript';

export interface DirectLineDeps {
  services: AssistantServices;
  tokens: DirectLineTokens;
  transcripts: Transcripts;
  /** The origin of links handed out (PUBLIC_URL; without it, the loopback name in `host` the page was opened at: linkOrigin). */
  publicOrigin(host?: string): string;
  /** Whether a browser's Origin is this assistant's own page (isOwnOrigin). */
  isOwnOrigin(origin: string): boolean;
  /** Runs a citizen's activity through the assistant. */
  runTurn(activity: StoredActivity): Promise<void>;
  /** Greets a new conversation (the assistant's welcome with the AI disclosure). */
  welcome(claims: TokenClaims, serviceUrl: string): Promise<void>;
}
