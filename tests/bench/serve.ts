import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
};

/**
 * Serves a built site from `dir` on a free port of 127.0.0.1, as a static host would (directory
 * URLs answer with their index.html). Resolves to the server and its origin.
 */
export async function serveStatic(dir: string): Promise<{ server: Server; origin: string }> {
	const server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
		let file = join(dir, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(dir) || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
		});
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { server, origin: `http://127.0.0.1:${port}` };
}
