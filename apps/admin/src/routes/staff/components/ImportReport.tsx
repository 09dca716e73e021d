import { isIssueReason } from '@formasi/core';
import { Alert, Col, Row, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';
import { type CsvIssue } from '../staff-csv';

export const ImportReport_result = graphql(`
  fragment ImportReport_result on StaffImportResult {
    applied
    totalRows
    created
    updated
    unchanged
    errors {
      line
      column
      reason
      message
    }
    warnings {
      line
      column
      reason
      message
    }
  }
`);

interface ReportRow extends CsvIssue {
  key: string;
  precheck: boolean;
}

/** The server's issues, plus pre-check issues it did not report itself (same line and column), by line. */
export function mergeIssues(server: readonly CsvIssue[], precheck: readonly CsvIssue[]): ReportRow[] {
  const reported = new Set(server.map((issue) => `${issue.line}:${issue.column}`));
  const rows = [
    ...server.map((issue, index) => ({ ...issue, key: `s${index}`, precheck: false })),
    ...precheck
      .filter((issue) => !reported.has(`${issue.line}:${issue.column}`))
      .map((issue, index) => ({ ...issue, key: `p${index}`, precheck: true })),
  ];
  return rows.sort((a, b) => a.line - b.line);
}

interface ImportReportProps {
  report: FragmentType<typeof ImportReport_result>;
  precheck: readonly CsvIssue[];
}

function useIssueColumns(): TableColumnsType<ReportRow> {
  const { t } = useTranslation();
  return [
    { title: t('staff.import.line'), dataIndex: 'line', width: 80, align: 'right' },
    {
      title: t('staff.import.column'),
      dataIndex: 'column',
      width: 140,
      render: (value: string) => <code>{value}</code>,
    },
    {
      title: t('staff.import.reason'),
      dataIndex: 'reason',
      width: 200,
      render: (_, row) => (
        <>
          {isIssueReason(row.reason) ? t(`errors.reason.${row.reason}`) : row.reason}
          {row.precheck && <Tag style={{ marginInlineStart: 6 }}>{t('staff.import.precheck')}</Tag>}
        </>
      ),
    },
    { title: t('staff.import.message'), dataIndex: 'message' },
  ];
}

/** Rows imported as written that a person should check (the NIP disagrees with the birth date or gender). */
function ImportWarnings({ warnings }: { warnings: readonly CsvIssue[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const rows = warnings.map((warning, index) => ({ ...warning, key: `w${index}`, precheck: false }));
  return (
    <div data-testid="import-warnings" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>
        {t('staff.import.warningsTitle', { count: warnings.length })}
      </Typography.Title>
      <Alert type="warning" showIcon title={t('staff.import.warningsNote')} style={{ marginBottom: 12 }} />
      <IssueTable rows={rows} />
    </div>
  );
}

/** Line, column, reason and message of each row, 50 to a page when there are more. */
function IssueTable({ rows }: { rows: ReportRow[] }) {
  const columns = useIssueColumns();
  return (
    <Table<ReportRow>
      rowKey="key"
      size="small"
      dataSource={rows}
      columns={columns}
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
    />
  );
}

/**
 * Counts (rows, new, updated, unchanged), every row to fix and every warning (rows that import but need a look):
 * line, column, reason, message.
 */
export function ImportReport({ report: reportRef, precheck }: ImportReportProps) {
  const { t } = useTranslation();
  const report = getFragmentData(ImportReport_result, reportRef);
  const issues = mergeIssues(report.errors, precheck);
  const counts = [
    { key: 'totalRows', value: report.totalRows },
    { key: 'created', value: report.created },
    { key: 'updated', value: report.updated },
    { key: 'unchanged', value: report.unchanged },
  ] as const;
  return (
    <div data-testid="import-report">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {counts.map(({ key, value }) => (
          <Col span={6} key={key}>
            <Statistic
              title={t(`staff.import.${key}`)}
              value={formatNumber(value)}
              data-testid={`import-${key}`}
            />
          </Col>
        ))}
      </Row>
      {issues.length > 0 ? (
        <>
          <Alert type="error" showIcon title={t('staff.import.blocked')} style={{ marginBottom: 12 }} />
          <Typography.Title level={5}>
            {t('staff.import.errorsTitle', { count: issues.length })}
          </Typography.Title>
          <div data-testid="import-errors">
            <IssueTable rows={issues} />
          </div>
        </>
      ) : (
        <Alert
          type="success"
          showIcon
          title={
            report.applied
              ? t('staff.import.applied', {
                  created: formatNumber(report.created),
                  updated: formatNumber(report.updated),
                  unchanged: formatNumber(report.unchanged),
                })
              : report.created + report.updated === 0
                ? t('staff.import.nothingToApply')
                : t('staff.import.readyDryRun')
          }
        />
      )}
      <ImportWarnings warnings={report.warnings} />
    </div>
  );
}

/** Whether the report blocks applying the file. */
export function hasBlockingIssues(
  reportRef: FragmentType<typeof ImportReport_result>,
  precheck: readonly CsvIssue[],
) {
  const report = getFragmentData(ImportReport_result, reportRef);
  return mergeIssues(report.errors, precheck).length > 0;
}
