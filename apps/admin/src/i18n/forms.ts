// The `forms` namespace (what every form says about a number out of its bounds): Bahasa Indonesia, then English.
// The bounds are core's (NumberLimit); `min`/`max` come formatted the Indonesian way.
export const formsId = {
  numberLimit: {
    NOT_A_NUMBER: 'Harus berupa angka.',
    NOT_WHOLE: 'Harus berupa bilangan bulat.',
    BELOW: 'Tidak boleh kurang dari {{min}}.',
    BELOW_EXCLUSIVE: 'Harus lebih besar dari {{min}}.',
    ABOVE: 'Tidak boleh lebih dari {{max}}.',
  },
};

export const formsEn: typeof formsId = {
  numberLimit: {
    NOT_A_NUMBER: 'Must be a number.',
    NOT_WHOLE: 'Must be a whole number.',
    BELOW: 'Must be at least {{min}}.',
    BELOW_EXCLUSIVE: 'Must be greater than {{min}}.',
    ABOVE: 'Must be at most {{max}}.',
  },
};
