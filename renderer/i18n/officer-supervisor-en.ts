import type { officerSupervisorVi } from './officer-supervisor-vi';

/** English strings of the supervisor's panel in the counter console (spread into en.ts). */
export const officerSupervisorEn: Readonly<Record<keyof typeof officerSupervisorVi, string>> = {
  'officer.supervisor.open': 'Supervisor tools',
  'officer.supervisor.title': 'Supervisor tools',
  'officer.supervisor.intro':
    'Unlock officer accounts locked after wrong passwords, and put a ticket being served back in the queue when its officer left the counter. Every action is audited.',
  'officer.supervisor.accounts': 'Officer accounts',
  'officer.supervisor.displayName': 'Officer name',
  'officer.supervisor.role': 'Role',
  'officer.supervisor.role.officer': 'Officer',
  'officer.supervisor.role.supervisor': 'Supervisor',
  'officer.supervisor.state.active': 'Active',
  'officer.supervisor.state.locked': 'Locked until {time}',
  'officer.supervisor.state.disabled': 'Disabled',
  'officer.supervisor.unlock': 'Unlock {username}',
  'officer.supervisor.unlocked': 'Account {username} ({name}) unlocked. The officer can sign in again now.',
  'officer.supervisor.called': 'Tickets being served at a counter',
  'officer.supervisor.calledIntro':
    'If an officer called a ticket but left the counter (a break), put it back: it keeps its place and is called first at that counter.',
  'officer.supervisor.calledEmpty': 'No ticket is being served right now.',
  'officer.supervisor.calledAt': 'Called at',
  'officer.supervisor.release': 'Put ticket {number} back in the queue',
  'officer.supervisor.released': 'Ticket {number} is back in the queue of counter {counter}.',
  'officer.supervisor.err.notCalled': 'This ticket is no longer being served (decided or already put back). The list was refreshed.',
  'officer.err.forbidden': 'Only a supervisor may do this.',
};
