import { z } from 'zod';
import type { ColumnChoice } from '../model/columnChoice';
import { deleteDraft, loadDraft, saveDraft } from '../../../drafts/draftRepository';

/** The last column choice per list, kept with the drafts (machine-local UI state, not records). */
const keyFor = (listId: string) => `export-columns:${listId}`;

const choiceSchema = z.array(z.object({ id: z.string(), isSelected: z.boolean() }));

/** The remembered choice, or null when there is none (or it was written by an older version). */
export async function loadColumnChoice(listId: string): Promise<ColumnChoice | null> {
  const stored = await loadDraft(keyFor(listId));
  const parsed = choiceSchema.safeParse(stored?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveColumnChoice(listId: string, choice: ColumnChoice): Promise<void> {
  await saveDraft(keyFor(listId), choice);
}

export async function forgetColumnChoice(listId: string): Promise<void> {
  await deleteDraft(keyFor(listId));
}
