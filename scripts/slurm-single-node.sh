#!/usr/bin/env bash
# Starts a one-node Slurm cluster on this machine, for the cluster sweep's end-to-end test
# (tests/spec/cluster.rs, `a_slurm_job_array_merges_to_the_local_sweep`, and docs/cluster.md).
#
# Installs Debian's slurm-wlm and munge when they are missing, writes a minimal slurm.conf
# for this host alone (its CPUs as `slurmd -C` reports them), and starts munged, slurmctld and
# slurmd as plain daemons (no systemd: CI machines run it as root in a container). Waits until
# `sinfo` shows the node idle and fails loudly, with the daemons' logs, when it does not.
# Does nothing when the node is already idle. Never replaces a slurm.conf it did not write.
set -euo pipefail

MARK="# written by fluxsim scripts/slurm-single-node.sh"
CONF=/etc/slurm/slurm.conf
LOGS=/var/log/slurm

fail() {
    echo "slurm-single-node: $*" >&2
    for log in "$LOGS/slurmctld.log" "$LOGS/slurmd.log" /var/log/munge/munged.log; do
        if [ -f "$log" ]; then
            echo "--- last lines of $log" >&2
            tail -n 20 "$log" >&2
        fi
    done
    exit 1
}

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "needs root (or sudo) to install and start Slurm"
    sudo="sudo"
fi

node_idle() {
    command -v sinfo >/dev/null 2>&1 && sinfo -h -o '%t' 2>/dev/null | grep -qx 'idle'
}

if node_idle; then
    echo "slurm-single-node: the node is already idle"
    exit 0
fi

if ! command -v slurmctld >/dev/null 2>&1 || ! command -v slurmd >/dev/null 2>&1 \
    || ! command -v munged >/dev/null 2>&1 || ! command -v sbatch >/dev/null 2>&1; then
    echo "slurm-single-node: installing slurm-wlm and munge"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >/dev/null
    # The packages' own start-up goes through systemd, which a container does not have: it
    # may fail harmlessly, the daemons are started below.
    $sudo apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null \
        || fail "apt-get could not install slurm-wlm and munge"
    $sudo apt-get clean
fi
for tool in munged slurmctld slurmd sbatch sinfo scontrol; do
    command -v "$tool" >/dev/null || fail "$tool is missing after installing slurm-wlm and munge"
done

# munge: a key, its run directory, the daemon as the munge user.
if [ ! -s /etc/munge/munge.key ]; then
    if command -v mungekey >/dev/null; then
        $sudo mungekey --create --keyfile=/etc/munge/munge.key
    else
        $sudo dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
    fi
fi
$sudo chown munge:munge /etc/munge/munge.key
$sudo chmod 0400 /etc/munge/munge.key
$sudo install -d -o munge -g munge -m 0755 /run/munge
$sudo install -d -o munge -g munge -m 0700 /var/lib/munge /var/log/munge
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    $sudo runuser -u munge -- /usr/sbin/munged || fail "munged did not start"
    for _ in $(seq 1 20); do
        munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break
        sleep 0.5
    done
    munge -n | unmunge >/dev/null || fail "munge does not answer after starting munged"
fi

# slurm.conf: this host alone, as slurmd sees it.
host="$(hostname -s)"
if [ -f "$CONF" ] && ! grep -qxF "$MARK" "$CONF"; then
    fail "$CONF exists and was not written by this script: not replacing a real cluster's configuration"
fi
node="$(slurmd -C | head -n 1)"
case "$node" in
    NodeName=*) ;;
    *) fail "slurmd -C did not describe this node: $node" ;;
esac
# Every daemon talks over the loopback, whatever the host name resolves to.
node="$(echo "$node" | sed -E "s/^NodeName=[^ ]+/NodeName=$host NodeAddr=127.0.0.1/")"
$sudo install -d -m 0755 /etc/slurm /var/spool/slurmctld /var/spool/slurmd "$LOGS"
$sudo tee "$CONF" >/dev/null <<EOF
$MARK
ClusterName=fluxsim
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=$LOGS/slurmctld.log
SlurmdLogFile=$LOGS/slurmd.log
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MinJobAge=3600
$node State=UNKNOWN
PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF

pgrep -x slurmctld >/dev/null || $sudo slurmctld || fail "slurmctld did not start"
pgrep -x slurmd >/dev/null || $sudo slurmd || fail "slurmd did not start"

for _ in $(seq 1 60); do
    if node_idle; then
        sinfo
        echo "slurm-single-node: the node is idle"
        exit 0
    fi
    state="$(sinfo -h -o '%t' 2>/dev/null || true)"
    case "$state" in
        down* | drain* | unk*) $sudo scontrol update nodename="$host" state=resume 2>/dev/null || true ;;
    esac
    sleep 1
done
sinfo >&2 || true
fail "the node did not become idle within 60 s"
