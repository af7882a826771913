import { vi } from 'vitest';

/** One upload as the page sent it, with the controls a test drives its outcome by. */
export interface FakeUpload {
  method: string;
  url: string;
  headers: Record<string, string>;
  form: FormData;
  aborted: boolean;
  progress(loaded: number, total: number): void;
  respond(status: number, body: unknown, headers?: Record<string, string>): void;
  failNetwork(): void;
}

type Handler = (() => void) | null;

/**
 * Replaces XMLHttpRequest (which only client/lib/api-client.ts uses, for uploads) with a fake
 * that records each request; `onSend` may answer it at once, or the test answers it later.
 */
export function stubXhr(onSend: (upload: FakeUpload) => void = () => undefined) {
  const sent: FakeUpload[] = [];

  class FakeXhr {
    upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
    onload: Handler = null;
    onerror: Handler = null;
    onabort: Handler = null;
    status = 0;
    statusText = '';
    responseText = '';
    private responseHeaders: Record<string, string> = {};
    private readonly controls: FakeUpload;

    constructor() {
      this.controls = {
        method: '',
        url: '',
        headers: {},
        form: new FormData(),
        aborted: false,
        progress: (loaded, total) =>
          this.upload.onprogress?.({ loaded, total, lengthComputable: true }),
        respond: (status, body, headers = {}) => {
          this.status = status;
          this.responseText = body === undefined ? '' : JSON.stringify(body);
          this.responseHeaders = Object.fromEntries(
            Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
          );
          this.onload?.();
        },
        failNetwork: () => this.onerror?.(),
      };
    }

    open(method: string, url: string) {
      Object.assign(this.controls, { method, url });
    }
    setRequestHeader(name: string, value: string) {
      this.controls.headers[name] = value;
    }
    getResponseHeader(name: string): string | null {
      return this.responseHeaders[name.toLowerCase()] ?? null;
    }
    abort() {
      this.controls.aborted = true;
      this.onabort?.();
    }
    send(form: FormData) {
      this.controls.form = form;
      sent.push(this.controls);
      onSend(this.controls);
    }
  }

  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return { sent, last: () => sent.at(-1)! };
}
