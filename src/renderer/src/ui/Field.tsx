import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

type FieldFrameProps = {
  label: string;
  hint?: ReactNode;
  error?: string;
  warning?: ReactNode;
  isRequired?: boolean;
  requiredText?: string;
  children: (ids: { inputId: string; describedBy: string | undefined }) => ReactNode;
};

/** Label, hint, error and warning wired to the control with ids, so screen readers announce them. */
function FieldFrame({
  label,
  hint,
  error,
  warning,
  isRequired,
  requiredText,
  children,
}: FieldFrameProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const warningId = `${inputId}-warning`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null, warning ? warningId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={inputId}>
        {label}
        {isRequired ? <span className="field__required"> ({requiredText ?? '*'})</span> : null}
      </label>
      {children({ inputId, describedBy })}
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
      {warning ? (
        <div id={warningId} className="field__warning" role="status">
          {warning}
        </div>
      ) : null}
    </div>
  );
}

type CommonProps = Omit<FieldFrameProps, 'children'>;

export type TextFieldProps = CommonProps & InputHTMLAttributes<HTMLInputElement>;

export function TextField({
  label,
  hint,
  error,
  warning,
  isRequired,
  requiredText,
  ...input
}: TextFieldProps) {
  return (
    <FieldFrame {...{ label, hint, error, warning, isRequired, requiredText }}>
      {({ inputId, describedBy }) => (
        <input
          id={inputId}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={isRequired || undefined}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

export type TextAreaFieldProps = CommonProps &
  TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> };

export function TextAreaField({
  label,
  hint,
  error,
  warning,
  isRequired,
  requiredText,
  ...input
}: TextAreaFieldProps) {
  return (
    <FieldFrame {...{ label, hint, error, warning, isRequired, requiredText }}>
      {({ inputId, describedBy }) => (
        <textarea
          id={inputId}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = CommonProps &
  SelectHTMLAttributes<HTMLSelectElement> & { options: SelectOption[] };

export function SelectField({
  label,
  hint,
  error,
  warning,
  isRequired,
  requiredText,
  options,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame {...{ label, hint, error, warning, isRequired, requiredText }}>
      {({ inputId, describedBy }) => (
        <select
          id={inputId}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...select}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
