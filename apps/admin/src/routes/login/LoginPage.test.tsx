import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorResponse, mockGraphQL } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { LoginPage } from './LoginPage';

const USER = {
  __typename: 'User',
  id: 'user-1',
  name: 'Rina Marlina',
  email: 'rina@sawahluntokota.go.id',
  roles: ['ADMIN'],
};

async function signIn(password: string) {
  const user = userEvent.setup();
  const form = screen.getByTestId('login-form');
  await user.type(within(form).getByLabelText('Email'), 'rina@sawahluntokota.go.id');
  await user.type(within(form).getByLabelText('Kata Sandi'), password);
  await user.click(within(form).getByTestId('submit-button'));
}

describe('LoginPage', () => {
  it('explains wrong credentials without leaving the page', async () => {
    const graphql = mockGraphQL({
      LoginPageLogin: () => errorResponse('UNAUTHENTICATED', 'Wrong email or password.'),
    });
    const { router } = renderRoute(<LoginPage />, { client: graphql.client, path: '/login', url: '/login' });

    await signIn('salah');

    expect(
      await screen.findByText('Email atau kata sandi salah. Periksa kembali lalu coba lagi.'),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(graphql.onUnauthenticated).not.toHaveBeenCalled();
  });

  it('signs in, refreshes the session and follows the page asked for', async () => {
    const graphql = mockGraphQL({
      LoginPageLogin: () => ({ data: { login: USER } }),
      AppShell: () => ({ data: { me: USER } }),
    });
    const { router } = renderRoute(<LoginPage />, {
      client: graphql.client,
      path: '/login',
      url: '/login?next=%2Fpositions%3Fkind%3DFUNGSIONAL',
    });

    await signIn('rahasia');

    await waitFor(() => expect(router.state.location.pathname).toBe('/positions'));
    expect(router.state.location.search).toBe('?kind=FUNGSIONAL');
    expect(graphql.calls.map((call) => call.operationName)).toEqual(['Region', 'LoginPageLogin', 'AppShell']);
    expect(graphql.lastVariables('LoginPageLogin')).toEqual({
      email: 'rina@sawahluntokota.go.id',
      password: 'rahasia',
    });
  });

  it('never follows a link to another site after sign-in', async () => {
    const graphql = mockGraphQL({
      LoginPageLogin: () => ({ data: { login: USER } }),
      AppShell: () => ({ data: { me: USER } }),
    });
    const { router } = renderRoute(<LoginPage />, {
      client: graphql.client,
      path: '/login',
      url: '/login?next=%2F%2Fevil.example',
    });

    await signIn('rahasia');

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
