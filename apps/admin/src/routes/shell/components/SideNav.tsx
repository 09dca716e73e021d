import {
  AppstoreOutlined,
  BankOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CommentOutlined,
  FallOutlined,
  HomeOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCanWrite } from '../../../shared/current-user';

const SECTIONS = [
  'sectors',
  'units',
  'positions',
  'needs',
  'staff',
  'gaps',
  'stakeholders',
  'planning',
  'users',
] as const;

/** Beranda / Sektor / Unit Kerja / Jabatan / …, the current section highlighted; Pengguna only for administrators. */
export function SideNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const canWrite = useCanWrite();
  const selected = SECTIONS.find((section) => pathname.startsWith(`/${section}`)) ?? 'home';
  return (
    <Menu
      theme="dark"
      mode="inline"
      className="formasi-nav"
      aria-label={t('nav.menu')}
      selectedKeys={[selected]}
      items={[
        { key: 'home', icon: <HomeOutlined />, label: <Link to="/">{t('nav.home')}</Link> },
        { key: 'sectors', icon: <AppstoreOutlined />, label: <Link to="/sectors">{t('nav.sectors')}</Link> },
        { key: 'units', icon: <BankOutlined />, label: <Link to="/units">{t('nav.units')}</Link> },
        {
          key: 'positions',
          icon: <IdcardOutlined />,
          label: <Link to="/positions">{t('nav.positions')}</Link>,
        },
        { key: 'needs', icon: <CalculatorOutlined />, label: <Link to="/needs">{t('nav.needs')}</Link> },
        { key: 'staff', icon: <TeamOutlined />, label: <Link to="/staff">{t('nav.staff')}</Link> },
        { key: 'gaps', icon: <FallOutlined />, label: <Link to="/gaps">{t('nav.gaps')}</Link> },
        {
          key: 'stakeholders',
          icon: <CommentOutlined />,
          label: <Link to="/stakeholders">{t('nav.stakeholders')}</Link>,
        },
        {
          key: 'planning',
          icon: <CalendarOutlined />,
          label: <Link to="/planning">{t('nav.planning')}</Link>,
        },
        ...(canWrite
          ? [
              {
                key: 'users',
                icon: <SafetyCertificateOutlined />,
                label: <Link to="/users">{t('nav.users')}</Link>,
              },
            ]
          : []),
      ]}
      style={{ borderInlineEnd: 'none', paddingTop: 8 }}
    />
  );
}
