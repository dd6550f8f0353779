import type { InquiryEntity } from './entities';
import { searchWordsOf } from './swedishText';

/**
 * The words an inquiry is found by: title, target group and diarienummer. The free-text offer is
 * left out on purpose — at 50 000 inquiries its words would multiply the index (and every write).
 */
export function inquirySearchWords(
  inquiry: Pick<InquiryEntity, 'title' | 'targetGroup' | 'diarienummer'>,
): string[] {
  return searchWordsOf(inquiry.title, inquiry.targetGroup, inquiry.diarienummer);
}
