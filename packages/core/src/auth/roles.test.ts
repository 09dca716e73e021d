import { describe, expect, it } from 'vitest';
import { ANALYSIS_ACTIONS } from '../needs/analysis-workflow.js';
import {
  canDraftAnalyses,
  canTakeAnalysisAction,
  canWrite,
  grantsAllow,
  isRole,
  isUnitScopedRole,
  ROLES,
  scopeCovers,
  validateRoleGrant,
} from './roles.js';

describe('roles', () => {
  it.each([
    ['ADMIN', true, true, false],
    ['VIEWER', false, false, false],
    ['UNIT_OPERATOR', false, true, true],
  ] as const)(
    '%s: writes region-wide %s, drafts analyses %s, unit-scoped %s',
    (role, write, draft, scoped) => {
      expect(canWrite(role)).toBe(write);
      expect(canDraftAnalyses(role)).toBe(draft);
      expect(isUnitScopedRole(role)).toBe(scoped);
    },
  );

  it('recognises exactly the listed roles', () => {
    expect(ROLES.every(isRole)).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole('OPERATOR')).toBe(false);
  });

  it.each([
    ['ADMIN', ['SUBMIT', 'VERIFY', 'FINALIZE', 'RETURN', 'REOPEN']],
    ['UNIT_OPERATOR', ['SUBMIT', 'REOPEN']],
    ['VIEWER', []],
  ] as const)('%s may take the workflow actions %j', (role, actions) => {
    expect(ANALYSIS_ACTIONS.filter((action) => canTakeAnalysisAction(role, action))).toEqual(actions);
  });

  it.each([
    ['the unit itself', 'pkm-talawi', ['pkm-talawi', 'dinkes'], true],
    ['a sub-unit of the OPD', 'dinkes', ['pkm-talawi', 'dinkes'], true],
    ['a sibling unit', 'pkm-kolok', ['pkm-talawi', 'dinkes'], false],
    ['a parent of the scope', 'pkm-talawi', ['dinkes'], false],
  ])('a grant covers %s: %s', (_case, scope, path, expected) => {
    expect(scopeCovers(scope, path)).toBe(expected);
  });

  it('requires a unit for unit roles and refuses one for region roles', () => {
    expect(validateRoleGrant('UNIT_OPERATOR', null)).toEqual([
      expect.objectContaining({ field: 'unitId', reason: 'REQUIRED' }),
    ]);
    expect(validateRoleGrant('ADMIN', 'unit-1')).toEqual([
      expect.objectContaining({ field: 'unitId', reason: 'NOT_ALLOWED' }),
    ]);
    expect(validateRoleGrant('UNIT_OPERATOR', 'unit-1')).toEqual([]);
    expect(validateRoleGrant('VIEWER', undefined)).toEqual([]);
  });

  it.each([
    ['an admin anywhere', [{ role: 'ADMIN', unitId: null }], ['pkm-kolok', 'dinkes'], 'VERIFY', true],
    [
      'an operator in its puskesmas',
      [{ role: 'UNIT_OPERATOR', unitId: 'pkm-talawi' }],
      ['pkm-talawi', 'dinkes'],
      'SUBMIT',
      true,
    ],
    [
      'an OPD operator in its puskesmas',
      [{ role: 'UNIT_OPERATOR', unitId: 'dinkes' }],
      ['pkm-talawi', 'dinkes'],
      'SUBMIT',
      true,
    ],
    [
      'an operator elsewhere',
      [{ role: 'UNIT_OPERATOR', unitId: 'pkm-talawi' }],
      ['pkm-kolok', 'dinkes'],
      'SUBMIT',
      false,
    ],
    [
      'an operator verifying',
      [{ role: 'UNIT_OPERATOR', unitId: 'pkm-talawi' }],
      ['pkm-talawi', 'dinkes'],
      'VERIFY',
      false,
    ],
    ['a viewer', [{ role: 'VIEWER', unitId: null }], ['pkm-talawi'], 'SUBMIT', false],
    [
      'an operator without a unit (never stored)',
      [{ role: 'UNIT_OPERATOR', unitId: null }],
      ['pkm-talawi'],
      'SUBMIT',
      false,
    ],
    [
      'an admin tied to a unit (never stored)',
      [{ role: 'ADMIN', unitId: 'pkm-talawi' }],
      ['pkm-talawi'],
      'VERIFY',
      false,
    ],
    ['nobody', [], ['pkm-talawi'], 'SUBMIT', false],
  ] as const)('grants allow %s: %s', (_case, grants, path, action, expected) => {
    expect(grantsAllow(grants, path, (role) => canTakeAnalysisAction(role, action))).toBe(expected);
  });
});
