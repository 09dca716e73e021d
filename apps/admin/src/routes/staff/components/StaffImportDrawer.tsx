import { CheckOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { isoDateInJakarta } from '@formasi/core';
import { Alert, Button, Drawer, Flex, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';
import { ErrorState } from '../../../ui/ErrorState';
import { DEFAULT_LANGUAGE, isLanguage } from '../../../i18n/language';
import { readStaffCsv, STAFF_CSV_HEADER, type CsvIssue } from '../staff-csv';
import { useRosterNotes } from '../staff-template';
import { hasBlockingIssues, ImportReport, type ImportReport_result } from './ImportReport';

export type ImportOutcome = { report?: FragmentType<typeof ImportReport_result>; error?: CombinedError };

interface StaffImportDrawerProps {
  open: boolean;
  onClose: () => void;
  /** Sends the file to `importStaff`; a dry run only validates. */
  onImport: (csv: string, dryRun: boolean) => Promise<ImportOutcome>;
}

type Step = 'choose' | 'reading' | 'checking' | 'checked' | 'applying' | 'applied';

interface ImportState {
  step: Step;
  fileName?: string;
  csv?: string;
  progress?: { read: number; total: number };
  precheck: CsvIssue[];
  report?: FragmentType<typeof ImportReport_result>;
  /** A problem with the file itself (unreadable, wrong header, no rows). */
  fileProblem?: string;
  error?: CombinedError;
}

const INITIAL: ImportState = { step: 'choose', precheck: [] };

/** Choose → read with progress and NIP pre-check → server dry run with a per-row report → apply (all or nothing). */
export function StaffImportDrawer({ open, onClose, onImport }: StaffImportDrawerProps) {
  const { t, i18n } = useTranslation();
  const notes = useRosterNotes();
  const [state, setState] = useState<ImportState>(INITIAL);
  const patch = (next: Partial<ImportState>) => setState((current) => ({ ...current, ...next }));

  const handleFile = async (file: File) => {
    setState({ ...INITIAL, step: 'reading', fileName: file.name, progress: { read: 0, total: 0 } });
    try {
      const csv = await file.text();
      const reading = await readStaffCsv(csv, {
        today: isoDateInJakarta(new Date()),
        language: isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE,
        onProgress: (read, total) => patch({ progress: { read, total } }),
      });
      if (!reading.headerMatches || reading.rows === 0) {
        const problem = reading.headerMatches
          ? t('staff.import.emptyFile')
          : t('staff.import.headerMismatch', { expected: STAFF_CSV_HEADER.join(',') });
        patch({ step: 'choose', fileProblem: problem });
        return;
      }
      patch({ step: 'checking', csv, precheck: reading.issues });
      const outcome = await onImport(csv, true);
      patch({ step: outcome.report ? 'checked' : 'choose', report: outcome.report, error: outcome.error });
    } catch (failure) {
      const detail = failure instanceof Error ? failure.message : String(failure);
      patch({ step: 'choose', fileProblem: `${t('staff.import.readFailed')}: ${detail}` });
    }
  };

  const handleApply = async () => {
    if (!state.csv) return;
    patch({ step: 'applying', error: undefined });
    const outcome = await onImport(state.csv, false);
    patch({
      step: outcome.report ? 'applied' : 'checked',
      report: outcome.report ?? state.report,
      error: outcome.error,
    });
  };

  const handleClose = () => {
    setState(INITIAL);
    onClose();
  };

  const blocked = !state.report || hasBlockingIssues(state.report, state.precheck);
  const busy = state.step === 'reading' || state.step === 'checking' || state.step === 'applying';
  return (
    <Drawer
      open={open}
      title={t('staff.import.title')}
      size={880}
      onClose={handleClose}
      destroyOnHidden
      footer={
        <Flex justify="space-between">
          <Button icon={<ReloadOutlined />} disabled={busy} onClick={() => setState(INITIAL)}>
            {t('staff.import.another')}
          </Button>
          {state.step !== 'applied' && (
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={blocked || state.step !== 'checked'}
              loading={state.step === 'applying'}
              onClick={() => void handleApply()}
              data-testid="import-apply"
            >
              {t('staff.import.apply')}
            </Button>
          )}
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('staff.import.intro')}</Typography.Paragraph>
      {state.step === 'choose' && (
        <Alert
          type="info"
          title={t('staff.import.notesTitle')}
          description={
            <ul data-testid="import-notes" style={{ margin: 0, paddingInlineStart: 20 }}>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {state.step === 'choose' && (
        <Upload.Dragger
          accept=".csv,text/csv"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void handleFile(file);
            return false;
          }}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('staff.import.choose')}</p>
          <p className="ant-upload-hint">
            {t('staff.import.chooseHint', { header: STAFF_CSV_HEADER.join(',') })}
          </p>
        </Upload.Dragger>
      )}

      {state.fileName && state.step !== 'choose' && (
        <Typography.Paragraph strong>
          {t('staff.import.fileName', { name: state.fileName })}
        </Typography.Paragraph>
      )}
      {state.fileProblem && (
        <Alert
          type="error"
          showIcon
          title={state.fileProblem}
          style={{ marginTop: 16 }}
          data-testid="import-problem"
        />
      )}
      {state.progress && state.step !== 'choose' && <ReadProgress {...state.progress} />}
      {state.step === 'checking' && <Typography.Paragraph>{t('staff.import.checking')}</Typography.Paragraph>}
      {state.error && (
        <ErrorState
          error={state.error}
          title={state.step === 'checked' ? t('staff.import.applyFailed') : t('staff.import.checkFailed')}
        />
      )}
      {state.report && (
        <ImportReport report={state.report} precheck={state.step === 'applied' ? [] : state.precheck} />
      )}
    </Drawer>
  );
}

function ReadProgress({ read, total }: { read: number; total: number }) {
  const { t } = useTranslation();
  const percent = total === 0 ? 0 : Math.round((read / total) * 100);
  return (
    <div data-testid="import-progress" style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">
        {t('staff.import.progress', { read: formatNumber(read), total: formatNumber(total) })}
      </Typography.Text>
      <Progress percent={percent} status={read < total ? 'active' : 'normal'} />
    </div>
  );
}
