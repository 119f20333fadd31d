import pino, { type Logger } from 'pino';

/** Structured JSON logs; authorization headers and secrets are redacted if ever logged. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'req.headers.authorization',
          '*.authorization',
          '*.clientSecret',
          '*.client_secret',
          '*.password',
        ],
        censor: '[redacted]',
      },
      base: { service: 'qms' },
    },
    destination,
  );
}
