import { Select } from 'antd';
import { type CSSProperties } from 'react';
import { yearOptions } from './planning-year';

interface YearSelectProps {
  id?: string;
  value?: number | null;
  onChange?: (year: number) => void;
  'aria-label'?: string;
  placeholder?: string;
  disabled?: boolean;
  style?: CSSProperties;
  /** Years to offer besides the window around today (e.g. saved planning years). */
  extraYears?: readonly number[];
}

/** A planning year, from five years back to five ahead. */
export function YearSelect({ value, onChange, extraYears = [], ...props }: YearSelectProps) {
  const years = yearOptions(value ? [...extraYears, value] : extraYears);
  return (
    <Select<number>
      {...props}
      value={value ?? undefined}
      onChange={(year) => onChange?.(year)}
      options={years.map((year) => ({ value: year, label: String(year) }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
