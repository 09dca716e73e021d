import { Input, type InputProps } from 'antd';
import { useState } from 'react';
import { formatNumberText, parseNumberText } from './number-text';

type NumberInputProps = Omit<InputProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** null while empty; NaN while the text is not a number. */
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** How a number is written back (on blur and when the form sets a value); id-ID decimal comma by default. */
  format?: (value: number) => string;
  /** How text is read: null for empty, NaN for anything that is not a number. */
  parse?: (text: string) => number | null;
};

const sameNumber = (a: number | null | undefined, b: number | null) =>
  (a ?? null) === b || (Number.isNaN(a) && Number.isNaN(b));

/**
 * A number field that never changes what was typed: no clamping to a minimum or a maximum, no dropping of letters.
 * Text that is no number reaches the form as NaN, so the form's rule (core's bounds, like the server's) refuses it
 * with a message; the form owns every check.
 */
export function NumberInput({
  value,
  onChange,
  format = formatNumberText,
  parse = parseNumberText,
  onBlur,
  ...props
}: NumberInputProps) {
  const [text, setText] = useState(() => (value === null || value === undefined ? '' : format(value)));
  const [shown, setShown] = useState<number | null | undefined>(value);
  // The form set a value of its own (initial values, a reset, a calculator): show it.
  if (!sameNumber(shown, value ?? null)) {
    setShown(value);
    if (!sameNumber(value, parse(text))) {
      setText(value === null || value === undefined || Number.isNaN(value) ? '' : format(value));
    }
  }

  return (
    <Input
      inputMode="decimal"
      autoComplete="off"
      {...props}
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        const parsed = parse(next);
        setText(next);
        setShown(parsed);
        onChange?.(parsed);
      }}
      onBlur={(event) => {
        const parsed = parse(text);
        if (parsed !== null && Number.isFinite(parsed)) setText(format(parsed));
        onBlur?.(event);
      }}
    />
  );
}
