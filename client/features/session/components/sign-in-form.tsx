import { useId, useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../../common/api/session.ts';
import { errorMessage } from '../../../lib/query-client.ts';
import { useCreateSession } from '../../../api/session/create-session.ts';
import './sign-in-form.css';

interface SignInFormProps {
  onSignedIn(session: SessionInfo): void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useCreateSession();

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({ username: username.trim(), password }, { onSuccess: onSignedIn });
  }

  return (
    <form className="sign-in-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Sign in to tagcrop</h1>
      <label htmlFor={`${id}-username`}>Username</label>
      <input
        id={`${id}-username`}
        name="username"
        autoComplete="username"
        // The page holds nothing else to do: typing starts with the user name.
        autoFocus
        required
        maxLength={100}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <label htmlFor={`${id}-password`}>Password</label>
      <input
        id={`${id}-password`}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={1000}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {signIn.isError && (
        <p className="form-error" role="alert">
          {errorMessage(signIn.error)}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
