import { describe, expect, it } from 'vitest';
import { formPathOf, toFormValues, toSavePositionNeedInput } from './position-need-form';

describe('formPathOf', () => {
  it.each([
    ['workloadItems.2.annualVolume', ['workloadItems', 2, 'annualVolume']],
    ['workloadItems[0].task', ['workloadItems', 0, 'task']],
    ['input.workloadItems.1.normMinutes', ['workloadItems', 1, 'normMinutes']],
    ['standardNeed', ['standardNeed']],
    ['note', ['demandNote']],
    ['choice', ['demandChoice']],
    ['demandNote', ['demandNote']],
  ])('maps the server field %s onto the form', (field, path) => {
    expect(formPathOf(field, 3)).toEqual(path);
  });

  it.each([
    ['workloadItems.3.task'],
    ['workloadItems.1.minutes'],
    ['workloadItems'],
    ['analysisId'],
    [undefined],
  ])('leaves %s to the general alert', (field) => {
    expect(formPathOf(field, 3)).toBeUndefined();
  });
});

describe('toSavePositionNeedInput', () => {
  it('sends "the larger" as no choice and drops its note, and trims the texts', () => {
    const values = {
      ...toFormValues(undefined),
      workloadItems: [{ task: ' Mengajar ', outputUnit: 'JP ', annualVolume: 720, normMinutes: null }],
      standardNeed: 2,
      standardBasis: '  ',
      demandNote: 'lupa',
    };
    expect(toSavePositionNeedInput('a1', 'p1', values)).toEqual({
      analysisId: 'a1',
      positionId: 'p1',
      workloadItems: [{ task: 'Mengajar', outputUnit: 'JP', annualVolume: 720, normMinutes: 0 }],
      standardNeed: 2,
      standardBasis: null,
      demandChoice: null,
      demandNote: null,
    });
  });

  it('starts a new position with one empty row and "the larger"', () => {
    expect(toFormValues(undefined)).toEqual({
      workloadItems: [{ task: '', outputUnit: '', annualVolume: null, normMinutes: null }],
      standardNeed: null,
      standardBasis: '',
      demandChoice: 'LARGER',
      demandNote: '',
    });
  });
});
