'use strict';
// The Qualspec extension: starts the Qualspec language server (`qualspec lsp`, bundled in server/lib) over
// standard input and output for .qspec files. Colouring comes from the TextMate grammar alone, so it works
// before the server is up and without Java.

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { findJava, serverCommand } = require('./server');

const CLIENT_ID = 'qualspec'; // also the prefix of the trace setting the client reads: qualspec.trace.server
const CLIENT_NAME = 'Qualspec Language Server';

/** @type {LanguageClient | undefined} */
let client;

async function start(context, watcher, output) {
	const settings = vscode.workspace.getConfiguration('qualspec');
	const runtime = await findJava({ javaHomeSetting: settings.get('java.home'), extensionPath: context.extensionPath });
	if (runtime.error) {
		// not awaited: activation does not wait for the user to answer
		vscode.window.showErrorMessage(runtime.error, 'Open Settings').then((choice) => choice === 'Open Settings'
			&& vscode.commands.executeCommand('workbench.action.openSettings', 'qualspec.java'));
		return;
	}
	const { command, args } = serverCommand({
		java: runtime.java, version: runtime.version, extensionPath: context.extensionPath, javaOptions: settings.get('java.options'),
	});
	const executable = { command, args, transport: TransportKind.stdio };
	client = new LanguageClient(CLIENT_ID, CLIENT_NAME, { run: executable, debug: executable }, {
		documentSelector: [{ scheme: 'file', language: 'qualspec' }],
		synchronize: { fileEvents: watcher },
		outputChannel: output,
	});
	output.appendLine(`Starting the server on Java ${runtime.version} from ${runtime.source}: ${command} ${args.join(' ')}`);
	await client.start();
}

async function stop() {
	if (client) {
		const running = client;
		client = undefined;
		await running.stop();
	}
}

async function activate(context) {
	// files changed outside the editor (another tool, git) and the severities beside the specifications
	const watcher = vscode.workspace.createFileSystemWatcher('**/{*.qspec,qualspec.properties}');
	// one output for every start of the server, so that a restart does not add a second one
	const output = vscode.window.createOutputChannel(CLIENT_NAME);
	context.subscriptions.push(watcher, output,
		vscode.commands.registerCommand('qualspec.restartServer', async () => {
			await stop();
			await start(context, watcher, output);
		}),
		vscode.workspace.onDidChangeConfiguration(async (change) => {
			if (change.affectsConfiguration('qualspec.java')) {
				const choice = await vscode.window.showInformationMessage(
					'The Java settings of Qualspec changed: restart the language server to use them?', 'Restart');
				if (choice === 'Restart') {
					await vscode.commands.executeCommand('qualspec.restartServer');
				}
			}
		}));
	await start(context, watcher, output);
}

function deactivate() {
	return stop();
}

module.exports = { activate, deactivate };
