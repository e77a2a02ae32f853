import { encodeCommand, RespError, RespParser } from '../../scripts/redis/resp';

describe('RESP encoding', () => {
  it('sends a command as an array of bulk strings, counting bytes not characters', () => {
    expect(encodeCommand(['PUBLISH', 'ch', 'é', 42]).toString()).toBe(
      '*4\r\n$7\r\nPUBLISH\r\n$2\r\nch\r\n$2\r\né\r\n$2\r\n42\r\n',
    );
  });
});

describe('RESP parsing', () => {
  it('reads every reply type', () => {
    const parser = new RespParser();
    const values = parser.push(Buffer.from('+PONG\r\n:3\r\n$5\r\nhello\r\n$-1\r\n*-1\r\n$0\r\n\r\n-ERR wrong\r\n'));
    expect(values.slice(0, 6)).toEqual(['PONG', 3, 'hello', null, null, '']);
    expect(values[6]).toBeInstanceOf(RespError);
    expect((values[6] as RespError).message).toBe('ERR wrong');
  });

  it('reads nested arrays such as pub/sub messages', () => {
    const parser = new RespParser();
    const message = '*3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$6\r\na\r\nb\r\n\r\n';
    expect(parser.push(Buffer.from(`*2\r\n*1\r\n:1\r\n${message}`))).toEqual([[[1], ['message', 'ch', 'a\r\nb\r\n']]]);
  });

  it('keeps a reply split across chunks until it is complete, byte by byte', () => {
    const parser = new RespParser();
    const wire = Buffer.from('*3\r\n$9\r\nsubscribe\r\n$4\r\nnews\r\n:1\r\n+OK\r\n$3\r\né!\r\n');
    const values = [];
    for (let i = 0; i < wire.length; i++) values.push(...parser.push(wire.subarray(i, i + 1)));
    expect(values).toEqual([['subscribe', 'news', 1], 'OK', 'é!']);
  });

  it('refuses bytes that are not RESP', () => {
    expect(() => new RespParser().push(Buffer.from('HTTP/1.1 400\r\n'))).toThrow(/Not a RESP reply/);
  });
});
