import { isBeforePension, isoDateInJakarta } from '@formasi/core';
import { Space, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDate } from '../../../lib/format';
import { ArchivedTag } from '../../../ui/ArchivedTag';
import { ListTable } from '../../../ui/ListTable';

export const StaffTable_staffMember = graphql(`
  fragment StaffTable_staffMember on StaffMember {
    id
    nip
    name
    gender
    employmentType
    contractEnd
    transferDate
    tmt
    retirementDate
    archived
    position {
      id
      name
    }
    unit {
      id
      name
    }
  }
`);

interface StaffTableProps {
  staff: readonly FragmentType<typeof StaffTable_staffMember>[];
  loading: boolean;
  total: number;
  page: number;
  size: number;
  onPageChange: (page: number, size: number) => void;
}

function dateOrDash(value: string | null | undefined): string {
  return value ? formatDate(value) : '–';
}

/** The roster; the NIP is shown as the server sends it (masked for users who are not administrators). */
export function StaffTable({ staff, ...table }: StaffTableProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(StaffTable_staffMember, staff);
  // The member page's back link returns to this list with its filters and page.
  const listSearch = useLocation().search;
  // The same rule the server lists current staff by, on today's date in Jakarta.
  const today = isoDateInJakarta(new Date());
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: t('staff.nip'),
      dataIndex: 'nip',
      width: 190,
      render: (_, member) => <code data-testid="staff-nip">{member.nip}</code>,
    },
    {
      title: t('staff.name'),
      dataIndex: 'name',
      render: (_, member) => (
        <Space size={6} wrap>
          <Link to={`/staff/${member.id}`} state={{ listSearch }} data-testid="staff-member-link">
            {member.name}
          </Link>
          {member.archived && <ArchivedTag />}
          {!isBeforePension(member.retirementDate, today) && (
            <Tag color="orange" data-testid="past-pension">
              {t('staff.pastPension')}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: t('staff.gender'), dataIndex: 'gender', render: (_, m) => t(`staff.genders.${m.gender}`) },
    {
      title: t('staff.employmentType'),
      dataIndex: 'employmentType',
      render: (_, member) => (
        <Tag color={member.employmentType === 'PNS' ? 'blue' : 'purple'}>
          {t(`staff.employmentTypes.${member.employmentType}`)}
        </Tag>
      ),
    },
    { title: t('staff.position'), dataIndex: ['position', 'name'] },
    { title: t('staff.unit'), dataIndex: ['unit', 'name'] },
    { title: t('staff.tmt'), dataIndex: 'tmt', render: (_, member) => dateOrDash(member.tmt) },
    {
      title: t('staff.retirementDate'),
      dataIndex: 'retirementDate',
      render: (_, member) => dateOrDash(member.retirementDate),
    },
    {
      title: t('staff.contractEnd'),
      dataIndex: 'contractEnd',
      render: (_, member) => dateOrDash(member.contractEnd),
    },
    {
      title: t('staff.transferDate'),
      dataIndex: 'transferDate',
      render: (_, member) => dateOrDash(member.transferDate),
    },
  ];
  return (
    <ListTable testId="staff-table" rows={rows} columns={columns} emptyText={t('staff.empty')} {...table} />
  );
}
