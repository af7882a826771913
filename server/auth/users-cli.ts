import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { createAuthService, UserInputError } from './auth-service.ts';
import { readPassword } from './read-password.ts';

const USAGE = `Usage: npm run users -- <command>

  list                         every user and role
  add <name> [role]            new user (role: viewer | editor | admin; default editor)
  remove <name>                delete a user and end their sessions
  set-role <name> <role>       change a role
  reset-password <name>        set a new password; ends every session of that user
  sign-out-everywhere <name>   end every session of that user

Passwords are read from the terminal, or from the first line of stdin when piped:
  echo 'a-long-password' | npm run users -- add ann editor`;

async function run(args: string[]): Promise<string> {
  const [command, name, role] = args;
  const config = loadConfig();
  const db = await openDatabase(config.database);
  const auth = createAuthService(db);
  const find = async () => {
    const user = name ? await auth.users.findByUsername(name) : undefined;
    if (!user) throw new UserInputError(name ? `No user "${name}".` : USAGE);
    return user;
  };
  try {
    switch (command) {
      case 'list':
        return (
          (await auth.users.list())
            .map((u) => `${u.username}\t${u.role}\tsince ${u.createdAt}`)
            .join('\n') || 'No users.'
        );
      case 'add': {
        if (!name) throw new UserInputError(USAGE);
        const password = await readPassword(`Password for ${name}: `);
        const user = await auth.createUser(name, password, role ?? 'editor');
        return `Added ${user.username} (${user.role}).`;
      }
      case 'remove': {
        const user = await find();
        await auth.removeUser(user.id);
        return `Removed ${user.username}.`;
      }
      case 'set-role': {
        const user = await find();
        if (!role) throw new UserInputError(USAGE);
        await auth.setRole(user.id, role);
        return `${user.username} is now ${role}.`;
      }
      case 'reset-password': {
        const user = await find();
        await auth.setPassword(user.id, await readPassword(`New password for ${user.username}: `));
        return `Password of ${user.username} changed; their sessions were ended.`;
      }
      case 'sign-out-everywhere': {
        const user = await find();
        return `Ended ${await auth.signOutEverywhere(user.id)} session(s) of ${user.username}.`;
      }
      default:
        throw new UserInputError(USAGE);
    }
  } finally {
    await db.destroy();
  }
}

run(process.argv.slice(2)).then(
  (message) => console.log(message),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
