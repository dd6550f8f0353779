import { Notice } from './Notice';

export type DraftNoticeProps = {
  /** E.g. "Osparade uppgifter från kl. 14:02 är återställda." */
  message: string;
  discardLabel: string;
  onDiscard: () => void;
};

/** Says that unsaved input was brought back from a draft, with a way to throw it away. */
export function DraftNotice({ message, discardLabel, onDiscard }: DraftNoticeProps) {
  return (
    <Notice
      tone="info"
      actions={
        <button type="button" className="button button--small" onClick={onDiscard}>
          {discardLabel}
        </button>
      }
    >
      {message}
    </Notice>
  );
}
