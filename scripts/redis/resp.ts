/**
 * Just enough of the Redis protocol (RESP2) to check and stop the local server and to test
 * pub/sub over raw connections, so the scripts need no Redis client package.
 */
import net from 'node:net';

export class RespError extends Error {
  override name = 'RespError';
}

export type RespValue = string | number | null | RespError | RespValue[];

/** A command as Redis expects it from clients: an array of bulk strings. */
export function encodeCommand(args: readonly (string | number)[]): Buffer {
  const parts = [`*${args.length}\r\n`];
  for (const arg of args) {
    const text = String(arg);
    parts.push(`$${Buffer.byteLength(text)}\r\n${text}\r\n`);
  }
  return Buffer.from(parts.join(''));
}

/** Parses one value starting at `offset`; undefined when the buffer ends inside it. */
function parseAt(buffer: Buffer, offset: number): [RespValue, number] | undefined {
  const lineEnd = buffer.indexOf('\r\n', offset);
  if (lineEnd < 0) return undefined;
  const type = String.fromCharCode(buffer[offset] ?? 0);
  const line = buffer.toString('utf8', offset + 1, lineEnd);
  let next = lineEnd + 2;
  switch (type) {
    case '+':
      return [line, next];
    case '-':
      return [new RespError(line), next];
    case ':':
      return [Number(line), next];
    case '$': {
      const length = Number(line);
      if (length < 0) return [null, next];
      if (buffer.length < next + length + 2) return undefined;
      return [buffer.toString('utf8', next, next + length), next + length + 2];
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return [null, next];
      const items: RespValue[] = [];
      for (let i = 0; i < count; i++) {
        const parsed = parseAt(buffer, next);
        if (!parsed) return undefined;
        items.push(parsed[0]);
        next = parsed[1];
      }
      return [items, next];
    }
    default:
      throw new Error(`Not a RESP reply (type byte ${JSON.stringify(type)})`);
  }
}

/** Turns a byte stream into replies; keeps a partial reply until the rest arrives. */
export class RespParser {
  private buffer: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): RespValue[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const values: RespValue[] = [];
    let offset = 0;
    for (;;) {
      const parsed = offset < this.buffer.length ? parseAt(this.buffer, offset) : undefined;
      if (!parsed) break;
      values.push(parsed[0]);
      offset = parsed[1];
    }
    this.buffer = this.buffer.subarray(offset);
    return values;
  }
}

interface Waiter {
  resolve: (value: RespValue) => void;
  reject: (error: Error) => void;
}

/**
 * One TCP connection. Replies (and, after SUBSCRIBE, pushed messages) are handed out in the
 * order they arrive through `next()`; `command()` sends and waits for the reply.
 */
export class RespConnection {
  private readonly parser = new RespParser();
  private readonly replies: RespValue[] = [];
  private readonly waiters: Waiter[] = [];
  private failure: Error | undefined;
  /** Resolves when the server or we close the connection. */
  readonly closed: Promise<void>;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const value of this.parser.push(chunk)) this.deliver(value);
      } catch (error) {
        socket.destroy(error as Error);
      }
    });
    this.closed = new Promise((resolve) => {
      socket.on('error', (error) => this.fail(error));
      socket.on('close', () => {
        this.fail(new Error('Connection closed'));
        resolve();
      });
    });
  }

  static connect(port: number, host = '127.0.0.1', timeoutMs = 2_000): Promise<RespConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ port, host });
      const timer = setTimeout(
        () => socket.destroy(new Error(`No connection to ${host}:${port} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new RespConnection(socket));
      });
    });
  }

  send(...args: (string | number)[]): void {
    this.socket.write(encodeCommand(args));
  }

  /** The next reply or pushed message, as sent (errors are returned, not thrown). */
  next(timeoutMs = 5_000): Promise<RespValue> {
    const queued = this.replies.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`No reply from Redis within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Sends a command and returns its reply; an error reply is thrown as a RespError. */
  async command(...args: (string | number)[]): Promise<RespValue> {
    this.send(...args);
    const reply = await this.next();
    if (reply instanceof RespError) throw reply;
    return reply;
  }

  close(): void {
    this.socket.destroy();
  }

  private deliver(value: RespValue): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve(value);
    else this.replies.push(value);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiters.splice(0)) waiter.reject(this.failure);
  }
}
