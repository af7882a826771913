import { startFaultProxy, type FaultProxy } from './fault-proxy.ts';

/**
 * A loopback HTTP proxy in front of one upstream, noting the method and path of everything that
 * passes: what our server actually asked the library, seen from outside the server. It is the
 * fault proxy with no fault to play.
 */
export function startRecordingProxy(upstreamOrigin: string): Promise<FaultProxy> {
  return startFaultProxy(upstreamOrigin);
}

export type RecordingProxy = FaultProxy;
