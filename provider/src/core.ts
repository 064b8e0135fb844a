// Everything that is not needed to print the handshake line: the tfplugin6 service (framework,
// resources, gateway client) and the person-facing subcommands. main.ts loads it after the handshake.
export { buildRoutes } from './wire/routes.js';
export { run } from './cli/commands.js';
