import type { Transaction } from 'dexie';
import type { InquiryEntity } from '../domain/entities';
import { inquirySearchWords } from '../domain/inquirySearchWords';

/** v1 → v2: give every stored inquiry its search words. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<InquiryEntity, string>('inquiries')
    .toCollection()
    .modify((inquiry) => {
      inquiry.searchWords = inquirySearchWords(inquiry);
    });
}

/**
 * The data upgrades by the schema version they lead to: the one list both load paths run —
 * Dexie's upgrade when an older database opens, and a restore of a backup made by an older
 * version (whose rows are written into the current schema as they were).
 */
export const DATA_UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  2: upgradeToV2,
};

/** Runs every data upgrade after `fromVersion`, oldest first, inside the given transaction. */
export async function upgradeDataFrom(fromVersion: number, tx: Transaction): Promise<void> {
  const versions = Object.keys(DATA_UPGRADES)
    .map(Number)
    .filter((version) => version > fromVersion)
    .sort((a, b) => a - b);
  for (const version of versions) await DATA_UPGRADES[version]?.(tx);
}
