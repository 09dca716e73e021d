import { Select, type SelectProps } from 'antd';

type EnumSelectProps<T extends string> = Omit<SelectProps<T>, 'options'> & {
  values: readonly T[];
  labelOf: (value: T) => string;
};

/** A select over a closed list of enum values with translated labels. */
export function EnumSelect<T extends string>({ values, labelOf, ...props }: EnumSelectProps<T>) {
  return <Select<T> {...props} options={values.map((value) => ({ value, label: labelOf(value) }))} />;
}

type EnumMultiSelectProps<T extends string> = Omit<SelectProps<T[]>, 'options' | 'mode'> & {
  values: readonly T[];
  labelOf: (value: T) => string;
};

export function EnumMultiSelect<T extends string>({ values, labelOf, ...props }: EnumMultiSelectProps<T>) {
  return (
    <Select<T[]>
      {...props}
      mode="multiple"
      options={values.map((value) => ({ value, label: labelOf(value) }))}
    />
  );
}
