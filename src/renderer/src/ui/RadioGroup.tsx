import { useId, type ReactNode } from 'react';

export type RadioOption<T extends string> = { value: T; label: string };

export type RadioGroupProps<T extends string> = {
  legend: string;
  value: T | '';
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
  error?: string;
  hint?: ReactNode;
  className?: string;
  /** Radios side by side (ja/nej/oklart) instead of one per line. */
  isInline?: boolean;
  /** More controls that belong to the group (e.g. a comment). */
  children?: ReactNode;
};

/** Native radios in a fieldset with a legend: arrow keys move between them, as the platform does. */
export function RadioGroup<T extends string>({
  legend,
  value,
  options,
  onChange,
  error,
  hint,
  className,
  isInline = false,
  children,
}: RadioGroupProps<T>) {
  const name = useId();
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`radio-group${isInline ? ' radio-group--inline' : ''}${error ? ' radio-group--error' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      <div className="radio-group__options">
        {options.map((option) => (
          <label key={option.value} className="radio">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {children}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
