import { describe, expect, it } from 'vitest';
import * as core from './index.js';

// The names apps/api and apps/admin are written against: renaming one is a breaking change.
const CONTRACT = [
  'ISSUE_REASONS',
  'DomainError',
  'assertValid',
  'issue',
  'assertUnreachable',
  'POSITION_KINDS',
  'POSITION_LEVELS',
  'LEVELS_BY_KIND',
  'EDUCATION_LEVELS',
  'LICENCES',
  'UNIT_KINDS',
  'ROLES',
  'retirementAgeFor',
  'retirementDate',
  'normalizePosition',
  'validatePosition',
  'normalizeSector',
  'validateSector',
  'normalizeUnit',
  'validateUnit',
  'validateUnitParent',
  'parseNik',
  'parseNip',
  'parseNiPppk',
  'maskNik',
  'maskNip',
  'ageOn',
];

describe('public API', () => {
  it.each(CONTRACT)('exports %s', (name) => {
    expect(core).toHaveProperty(name);
  });
});
