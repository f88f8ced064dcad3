import type { PropsWithChildren } from 'react';
import { onUnauthorized } from './lib/api-client';
import { clearSession } from './lib/session';
import { relaunch, routes } from './lib/routes';
import './app.scss';

// One place decides what a 401 means: the session is gone, so start again at the login page.
onUnauthorized(() => {
  clearSession();
  void relaunch(routes.login);
});

function App({ children }: PropsWithChildren) {
  return <>{children}</>;
}

export default App;
