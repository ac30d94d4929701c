package io.qualspec.ui;

import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The product's life-cycle handler (its {@code lifeCycleURI}): wakes the event loop every 50 ms until the
 * workbench has started. The platform opens the first window while the UI thread waits in
 * {@code Display.sleep()} for another thread that restores the workbench
 * ({@code WorkbenchAdvisor.openWindows()}); that thread's {@code Display.wake()} is lost when it comes before
 * the UI thread sleeps, and the start then waits for the display's next event, 4 to 5 s later in about one
 * start out of ten here (eclipse-platform/eclipse.platform.ui pull request 4297; docs/performance.md, "The
 * workbench"). A timer is such an event.
 */
public final class StartupWakeUp {

	private static final int PERIOD_MS = 50;

	/** Two minutes: a start that takes longer has other troubles; the timer stops then regardless. */
	private static final int MAX_TICKS = 2 * 60 * 1000 / PERIOD_MS;

	@PostContextCreate
	void wakeUntilStarted() {
		Display display = Display.getCurrent();
		if (display != null) {
			tick(display, MAX_TICKS);
		}
	}

	private static void tick(Display display, int ticksLeft) {
		boolean started = PlatformUI.isWorkbenchRunning() && !PlatformUI.getWorkbench().isStarting();
		if (!started && ticksLeft > 0 && !display.isDisposed()) {
			display.timerExec(PERIOD_MS, () -> tick(display, ticksLeft - 1));
		}
	}
}
