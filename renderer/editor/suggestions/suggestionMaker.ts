import type { CommentAuthor } from '../../../common/comments';

/** Who is suggesting, and the ids and times of what they suggest (made by the caller, so these functions stay testable). */
export interface SuggestionMaker {
  author: CommentAuthor;
  newId(): string;
  now(): string;
}
