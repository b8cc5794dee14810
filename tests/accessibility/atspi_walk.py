#!/usr/bin/python3
"""Walks every view and dialog of the console through its AT-SPI tree, as a screen reader
reads it, and fails on any control a user can reach that has no accessible name, and on any
table column without a header.

The console runs in screenshot mode with --step: it shows each view of its screenshot
catalog in turn, prints "view <language> <id>" and waits for a line on its standard input;
this script walks the tree meanwhile and then lets it go on. Run it with Debian's python3
(pyatspi), on an AT-SPI bus, with the console under Xvfb: tests/accessibility/check-atspi.sh
starts all of it.
"""

import argparse
import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402
import pyatspi  # noqa: E402

# Roles a user operates: each needs a name that says what it is for.
CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_MENU,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_DATE_EDITOR, pyatspi.ROLE_SCROLL_PANE,
}
# A label's name is the text it shows: an empty label presents nothing and is no control.
TEXTS = {pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC, pyatspi.ROLE_HEADING, pyatspi.ROLE_PARAGRAPH}
# Their children are cells or the items of a popup list: checked through the Table interface.
NO_DESCENT = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST,
              pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_COMBO_BOX}
MENUS = {pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_ITEM,
         pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM}


class Walk:
    def __init__(self):
        self.problems = {}  # what and where, without the view -> the first view it was seen in
        self.controls = 0
        self.named = 0
        self.tables = 0
        self.columns = 0
        self.roles = {}

    def problem(self, what, path, node):
        # The main window is walked with every view: say each problem once, with its first view.
        try:
            extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            where = " at %d,%d %dx%d" % (extents.x, extents.y, extents.width, extents.height)
        except (NotImplementedError, AttributeError, GLib.GError):
            where = ""
        key = what + ": " + " > ".join(path[1:])
        self.problems.setdefault(key, "%s (%s%s)" % (key, path[0], where))

    def visit(self, node, path, in_menu=False, depth=0):
        if depth > 60:
            return
        role = node.getRole()
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)
        # A closed menu's entries are not on screen, yet they are reachable from the menu bar.
        in_menu = in_menu or role == pyatspi.ROLE_MENU_BAR
        if not showing and not (in_menu and states.contains(pyatspi.STATE_VISIBLE)):
            return
        if role == pyatspi.ROLE_SEPARATOR:
            return
        name = node.name or ""
        label = "%s '%s'" % (node.getRoleName(), name) if name else node.getRoleName()
        here = path + [label]
        reachable = role in CONTROLS or (states.contains(pyatspi.STATE_FOCUSABLE) and role not in TEXTS)
        if reachable:
            self.controls += 1
            self.roles[node.getRoleName()] = self.roles.get(node.getRoleName(), 0) + 1
            if name.strip():
                self.named += 1
            else:
                self.problem("no accessible name", here, node)
        if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE):
            self.check_headers(node, here)
        if role in NO_DESCENT:
            return
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                self.visit(child, here, in_menu, depth + 1)

    def check_headers(self, node, path):
        try:
            table = node.queryTable()
        except NotImplementedError:
            self.problem("table without the Table interface", path, node)
            return
        self.tables += 1
        for column in range(table.nColumns):
            self.columns += 1
            if not (table.getColumnDescription(column) or "").strip():
                self.problem("column %d has no header" % column, path, node)


def find_application(name, timeout):
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        seen = []
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            seen.append(app.name)
            if app.name == name:
                return app
        time.sleep(0.5)
    sys.exit("atspi_walk: no application '%s' on the AT-SPI bus (found: %s)" % (name, ", ".join(seen) or "none"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--console", required=True, help="the azure-status-console program")
    parser.add_argument("--lang", default="en", help="languages to walk, e.g. en,fr,ja,es")
    parser.add_argument("--work", required=True, help="an empty folder for the store and the screenshots")
    parser.add_argument("--only", default="", help="walk only these views (comma-separated ids)")
    args = parser.parse_args()

    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_LOGGING_RULES="qt.qpa.*=false;qt.accessibility.*=false")
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24 -nolisten tcp", args.console,
               "--screenshots", os.path.join(args.work, "shots"), "--step", "--lang", args.lang,
               "--db", os.path.join(args.work, "devices.sqlite"), "--demo-devices", "300",
               "--demo-churn", "0"]
    console = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True, bufsize=1)
    only = {view for view in args.only.split(",") if view}
    app = None
    walk = Walk()
    views = 0
    started = time.monotonic()
    for line in console.stdout:
        line = line.rstrip("\n")
        if not line.startswith("view "):
            print(line)
            continue
        _, language, view = line.split(" ", 2)
        if not only or view in only:
            if app is None:
                app = find_application("azure-status-console", 60)
            # Read everything afresh: the tab, the language and the dialog changed since.
            app.set_cache_mask(Atspi.Cache.NONE)
            app.clear_cache()
            before = len(walk.problems)
            controls = walk.controls
            for i in range(app.childCount):
                window = app.getChildAtIndex(i)
                if window is not None:
                    walk.visit(window, ["%s/%s" % (language, view)])
            views += 1
            print("atspi_walk: %s %s: %d controls, %d new problem(s)"
                  % (language, view, walk.controls - controls, len(walk.problems) - before), flush=True)
        console.stdin.write("\n")
        console.stdin.flush()
    code = console.wait()
    print("atspi_walk: %d views walked in %.0f s; %d controls (%s), %d named; %d tables, %d columns"
          % (views, time.monotonic() - started, walk.controls,
             ", ".join("%s %d" % item for item in sorted(walk.roles.items())), walk.named,
             walk.tables, walk.columns))
    for problem in walk.problems.values():
        print("PROBLEM " + problem)
    if code != 0:
        sys.exit("atspi_walk: the console exited with %d" % code)
    if views == 0:
        sys.exit("atspi_walk: the console showed no view")
    if walk.problems:
        sys.exit("atspi_walk: %d problem(s)" % len(walk.problems))


if __name__ == "__main__":
    main()
