export type FormActionsProps = {
  submitLabel: string;
  /** While saving, the submit button is disabled and says so (one save at a time). */
  isSaving?: boolean;
  savingLabel?: string;
  /** Submitting is not possible now (e.g. nothing to choose from). */
  isDisabled?: boolean;
  /** Shows a cancel button after the submit button. */
  onCancel?: () => void;
  cancelLabel?: string;
  /** For the forms that also submit with a shortcut, e.g. "Control+Enter". */
  keyShortcut?: string;
};

/** A form's buttons: the primary submit first, then an optional cancel. */
export function FormActions({
  submitLabel,
  isSaving = false,
  savingLabel,
  isDisabled = false,
  onCancel,
  cancelLabel,
  keyShortcut,
}: FormActionsProps) {
  return (
    <div className="form__actions">
      <button
        type="submit"
        className="button button--primary"
        disabled={isSaving || isDisabled}
        aria-keyshortcuts={keyShortcut}
      >
        {isSaving && savingLabel ? savingLabel : submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      ) : null}
    </div>
  );
}
