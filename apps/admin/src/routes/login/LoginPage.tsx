import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, theme } from 'antd';
// The two inputs themselves: antd's Input also carries TextArea, Search and OTP, which this page does not use.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useClient, useMutation } from 'urql';
import { graphql } from '../../gql';
import { describeIssue } from '../../lib/error-text';
import { groupIssuesByField, rootFieldPath } from '../../lib/form-errors';
import { errorCodeOf, inputIssuesOf } from '../../lib/graphql-errors';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { AppShellQuery } from '../../shared/app-shell-query';
import { GovernmentName, RegionEmblem, useRegion } from '../../shared/region';
import { loginStyles } from './login-styles';

const LoginPageLogin = graphql(`
  mutation LoginPageLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
    }
  }
`);

interface LoginValues {
  email: string;
  password: string;
}

const LOGIN_FIELDS = ['email', 'password'] as const;
const loginFieldOf = rootFieldPath(LOGIN_FIELDS);

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const region = useRegion();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const client = useClient();
  const [form] = Form.useForm<LoginValues>();
  const [failure, setFailure] = useState<string>();
  const [{ fetching }, login] = useMutation(LoginPageLogin);
  const styles = loginStyles(theme.useToken().token);

  const handleFinish = async (values: LoginValues) => {
    setFailure(undefined);
    const result = await login(values);
    if (result.error) {
      const issues = inputIssuesOf(result.error);
      const { fieldErrors, unmatched } = groupIssuesByField(issues, loginFieldOf, (issue) =>
        describeIssue(t, issue),
      );
      form.setFields(fieldErrors);
      const code = errorCodeOf(result.error);
      const isCredentials = code === 'UNAUTHENTICATED' || (code === 'BAD_USER_INPUT' && unmatched.length > 0);
      if (isCredentials) setFailure(t('login.wrongCredentials'));
      else if (code !== 'BAD_USER_INPUT') setFailure(t(`errors.code.${code}`));
      return;
    }
    // Refresh the session query so the shell sees the signed-in user at once.
    await client.query(AppShellQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    await navigate(safeNext(searchParams.get('next')), { replace: true });
  };

  return (
    <div className="formasi-login" style={styles.page}>
      <aside className="formasi-login-aside">
        <Flex align="center" gap={12}>
          <RegionEmblem region={region} size={40} />
          <strong style={{ fontSize: 20 }}>{t('app.name')}</strong>
        </Flex>
        <div>
          <p style={styles.tagline}>{t('app.tagline')}</p>
          <div style={styles.government}>
            <GovernmentName region={region} />
            <br />
            {t('app.agency')}
          </div>
        </div>
        <LanguageSwitch />
      </aside>
      <main className="formasi-login-main">
        <section style={styles.panel}>
          <h1 style={styles.title}>{t('login.title')}</h1>
          <div style={styles.subtitle}>{t('login.subtitle')}</div>
          {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
          <Form<LoginValues>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => void handleFinish(values)}
            data-testid="login-form"
          >
            <Form.Item
              label={t('login.email')}
              name="email"
              rules={[
                { required: true, message: t('login.emailRequired') },
                { type: 'email', message: t('login.emailInvalid') },
              ]}
            >
              <Input prefix={<MailOutlined />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={fetching}
              data-testid="submit-button"
            >
              {t('login.submit')}
            </Button>
          </Form>
        </section>
      </main>
    </div>
  );
}
