import { useId, type InputHTMLAttributes } from 'react';

export type AmountFieldProps = {
  label: string;
  hint: string;
  error?: string;
  /** Shown after the input ("kr"); the hint says the same in words for screen readers. */
  suffix: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode'>;

/** An amount input with a unit after it, wired like ui/Field's fields (label, hint, error). */
export function AmountField({ label, hint, error, suffix, ...input }: AmountFieldProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <div className="amount-field">
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="amount-field__input tabular"
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          {...input}
        />
        <span className="amount-field__suffix" aria-hidden="true">
          {suffix}
        </span>
      </div>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
