import { useId } from 'react';

interface PasswordFieldProps {
  label: string;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange(value: string): void;
  invalid: boolean;
  /** The id of a hint that describes the field. */
  hintId?: string;
}

export function PasswordField({
  label,
  value,
  onChange,
  invalid,
  hintId,
  ...rest
}: PasswordFieldProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        maxLength={1000}
        value={value}
        aria-invalid={invalid}
        aria-describedby={hintId}
        onChange={(e) => onChange(e.target.value)}
        {...rest}
      />
    </>
  );
}
