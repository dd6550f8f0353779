import type { Transaction } from 'dexie';
import type { InquiryEntity } from '../domain/entities';
import { inquirySearchWords } from '../domain/inquirySearchWords';

/** v1 → v2: give every stored inquiry its search words. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<InquiryEntity, string>('inquiries')
    .toCollection()
    .modify((inquiry) => {
      inquiry.searchWords = inquirySearchWords(inquiry);
    });
}
