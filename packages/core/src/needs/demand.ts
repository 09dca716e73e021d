import { DomainError, issue, type ValidationIssue } from '../shared/validation.js';
import { type Language } from '../shared/language.js';
import { type DemandSignal } from './demand-signals.js';
import { DEMAND_TEXTS, type DemandTexts, type SignalValue } from './demand.texts.js';
import { checkNumber, type NumberBounds } from '../shared/number-checks.js';

// The signals live on their own so the texts can name them without importing this module back.
export { DEMAND_SIGNALS, type DemandSignal } from './demand-signals.js';

export type DemandInput = {
  workloadFte: number | null;
  standardNeed: number | null;
  choice?: DemandSignal | null;
  note?: string | null;
};
export type DemandChoice = { signal: DemandSignal; need: number; reason: string };

/** A service-standard need (FTE from rombel, JP or a ratio): from 0. */
export const STANDARD_NEED_BOUNDS: NumberBounds = { min: 0 };

// Validation messages stay English (the admin translates them by reason code).
const SIGNAL_LABELS = DEMAND_TEXTS.en.signal;

/** Issues of a demand input: non-negative signals, at least one, a chosen signal present, a note with a choice. */
export function validateDemandChoice(input: DemandInput): ValidationIssue[] {
  const issues = [
    ...(input.workloadFte === null
      ? []
      : checkNumber(input.workloadFte, { field: 'workloadFte', label: 'Workload FTE', min: 0 })),
    ...(input.standardNeed === null
      ? []
      : checkNumber(input.standardNeed, {
          field: 'standardNeed',
          label: 'Service-standard need',
          ...STANDARD_NEED_BOUNDS,
        })),
  ];
  if (input.workloadFte === null && input.standardNeed === null) {
    const message = 'A need requires a workload FTE or a service-standard need; neither is available.';
    issues.push(issue('workloadFte', 'REQUIRED', message));
  }
  const choice = input.choice ?? null;
  if (choice !== null && valueOf(input, choice) === null) {
    const message = `The chosen signal ${SIGNAL_LABELS[choice]} has no value; enter it or choose the other signal.`;
    issues.push(issue('choice', 'NOT_ALLOWED', message));
  }
  if (choice !== null && (input.note?.trim() ?? '') === '') {
    const message = `Choosing the ${SIGNAL_LABELS[choice]} signal by hand requires a note explaining why.`;
    issues.push(issue('note', 'REQUIRED', message));
  }
  return issues;
}

/**
 * The need to plan with: by default the larger of the available signals (workload wins a tie); an explicit
 * choice, which requires a note, is honoured; `reason` says why, in `language`. Throws a DomainError with
 * validateDemandChoice's issues.
 */
export function chooseDemand(input: DemandInput, language: Language = 'en'): DemandChoice {
  const issues = validateDemandChoice(input);
  const choice = input.choice ?? null;
  const signal = choice ?? defaultSignal(input);
  const need = valueOf(input, signal);
  if (issues.length > 0 || need === null) {
    throw new DomainError(issues);
  }
  return { signal, need, reason: reasonOf(input, { signal, need }, DEMAND_TEXTS[language]) };
}

function reasonOf(input: DemandInput, used: SignalValue, texts: DemandTexts): string {
  if ((input.choice ?? null) !== null) {
    return texts.chosen(used, input.note?.trim() ?? '');
  }
  const other = otherOf(input, used.signal);
  return other === null ? texts.only(used) : texts.larger(used, other);
}

function valueOf(input: DemandInput, signal: DemandSignal): number | null {
  return signal === 'WORKLOAD' ? input.workloadFte : input.standardNeed;
}

function otherOf(input: DemandInput, signal: DemandSignal): SignalValue | null {
  const other: DemandSignal = signal === 'WORKLOAD' ? 'SERVICE_STANDARD' : 'WORKLOAD';
  const need = valueOf(input, other);
  return need === null ? null : { signal: other, need };
}

function defaultSignal(input: DemandInput): DemandSignal {
  if (input.standardNeed === null) {
    return 'WORKLOAD';
  }
  if (input.workloadFte === null) {
    return 'SERVICE_STANDARD';
  }
  return input.standardNeed > input.workloadFte ? 'SERVICE_STANDARD' : 'WORKLOAD';
}
