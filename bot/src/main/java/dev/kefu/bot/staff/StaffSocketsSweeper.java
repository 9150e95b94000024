package dev.kefu.bot.staff;

import java.time.Duration;

import dev.kefu.bot.background.PeriodicWork;

import org.springframework.stereotype.Component;

/**
 * Every two seconds, closes this node's console sockets of accounts changed on another
 * node.
 */
@Component
class StaffSocketsSweeper extends PeriodicWork {

	private final StaffSockets sockets;

	StaffSocketsSweeper(StaffSockets sockets) {
		super("kefu-staff-sockets");
		this.sockets = sockets;
	}

	@Override
	protected void runOnce() {
		this.sockets.sweep();
	}

	@Override
	protected Duration interval() {
		return Duration.ofSeconds(2);
	}

}
