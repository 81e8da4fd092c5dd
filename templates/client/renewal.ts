/**
 * When a client logs in again. A call the server answers `NotAuthenticated` (the session expired or was terminated)
 * is sent once more after a login, and the calls that find the session gone together share one login: each logging
 * in on its own left all but the last new session open on the server, unused. A call sent before another call's login
 * is sent again in that login's session without a login of its own. Copied into the output folder.
 */

export class SessionRenewal {
  private logins = 0;
  private pending: Promise<unknown> | undefined;

  /** How many logins succeeded. */
  get count(): number {
    return this.logins;
  }

  /** Runs `login`, or, while a login runs, answers with its outcome; counted when it succeeds. */
  login<T>(login: () => Promise<T>): Promise<T> {
    this.pending ??= login()
      .then((session) => {
        this.logins++;
        return session;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending as Promise<T>;
  }

  /**
   * `send()`; should it fail as `expired` says, `send()` again after a login, unless another call logged in since
   * this one was sent: its session is the new one already.
   */
  async renewing<T>(
    send: () => Promise<T>,
    expired: (error: unknown) => boolean,
    login: () => Promise<unknown>,
  ): Promise<T> {
    const before = this.logins;
    try {
      return await send();
    } catch (error) {
      if (!expired(error)) throw error;
      if (this.logins === before) await login();
      return send();
    }
  }
}
