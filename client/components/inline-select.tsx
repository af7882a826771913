import { useId } from 'react';

interface InlineSelectProps<T extends string> {
  label: string;
  value: T;
  /** Each value with the text shown for it, in the order offered. */
  options: Record<T, string>;
  onChange(value: T): void;
}

/** A labelled select on one line with its label, for choices such as an order. */
export function InlineSelect<T extends string>({
  label,
  value,
  options,
  onChange,
}: InlineSelectProps<T>) {
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {(Object.entries(options) as Array<[T, string]>).map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
