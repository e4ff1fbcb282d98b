import { resolve } from 'node:path';
import { createReceiver } from './receiver.ts';

/**
 * Starts the local form receiver: `node src/forms/receiver/server.ts` (npm start runs it beside the
 * site). Local use and tests only; production posts to the handler named by PUBLIC_FORM_ACTION.
 *
 *   FORM_PORT             port to listen on (8788)
 *   FORM_HOST             address to listen on (127.0.0.1: not reachable from other machines)
 *   FORM_SUBMISSIONS_FILE where sign-ups are appended (./submissions.jsonl, git-ignored)
 *   FORM_ALLOWED_ORIGINS  comma-separated origins allowed to post and to be redirected to
 *                         (SITE_URL's origin and the dev and preview servers on port 4321)
 */
const port = Number(process.env.FORM_PORT ?? 8788);
const host = process.env.FORM_HOST ?? '127.0.0.1';
const file = resolve(process.env.FORM_SUBMISSIONS_FILE ?? 'submissions.jsonl');
const site = new URL(process.env.SITE_URL ?? 'https://mentor.kvinfo.dk').origin;
const allowedOrigins = (
	process.env.FORM_ALLOWED_ORIGINS ?? `${site},http://localhost:4321,http://127.0.0.1:4321`
)
	.split(',')
	.map((origin) => origin.trim())
	.filter(Boolean);

const server = createReceiver({ file, allowedOrigins, log: (message) => console.log(message) });
server.listen(port, host, () => {
	console.log(`form: receiving sign-ups at http://${host}:${port}/ and appending them to ${file}`);
});
