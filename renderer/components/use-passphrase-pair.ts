import { useState } from 'react';
import { pairProblems, type PairProblems } from './PassphrasePair';

/**
 * The state every "choose a passphrase" form keeps: the two fields, what is wrong with them,
 * a check run on submit, and a reset once the passphrase has been used.
 */
export function usePassphrasePair() {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<PairProblems>({});
  return {
    passphrase,
    /** Shows what is wrong, if anything; true when the pair may be sent. */
    check(): boolean {
      const found = pairProblems(passphrase, confirm);
      setProblems(found);
      return !found.passphrase && !found.confirm;
    },
    clear() {
      setPassphrase('');
      setConfirm('');
      setProblems({});
    },
    /** Spread into <PassphrasePair>. */
    fields: { passphrase, confirm, problems, onPassphrase: setPassphrase, onConfirm: setConfirm },
  };
}
