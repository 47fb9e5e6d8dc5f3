#!/usr/bin/env python3
"""Sets up the booking benchmark's own slots in the demo clinic and writes them, one bookable slot a line.

Signs in as the demo owner, creates a location, PRACTITIONERS practitioners working there every day 07:00-22:00 and a
30-minute treatment without deposit or room, then writes "start practitioner" lines for every slot from the day after
tomorrow for DAYS days (in the clinic's zone), so each booking of the benchmark takes a slot of its own: nothing is
refused, every request does a booking's real work. Prints the treatment and location ids.

Usage: bench_fixture.py BASE_URL SLOTS_FILE
"""
import datetime
import json
import sys
import urllib.request
import uuid
from zoneinfo import ZoneInfo

PRACTITIONERS = 10
DAYS = 300
LONDON = ZoneInfo("Europe/London")


def call(base, method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def main(base, slots_file):
    token = call(base, "POST", "/api/auth/login", {"tenant": "demo-clinic", "email": "owner@demo-clinic.test",
                                                    "password": "LacaDemo-2026!"})["accessToken"]
    tag = uuid.uuid4().hex[:8]
    location = call(base, "POST", "/api/locations", {
        "name": "Bench " + tag, "zone": "Europe/London",
        "address": {"line1": "1 Bench Street", "city": "London", "postcode": "W1G 8QH", "country": "GB"}},
        token)["id"]
    treatment = call(base, "POST", "/api/treatments", {
        "name": "Bench consultation " + tag, "category": "SKIN", "durationMinutes": 30, "priceMinorUnits": 5000,
        "slotStepMinutes": 30, "minimumNoticeMinutes": 60, "maximumAdvanceDays": 366, "deposit": None},
        token)["id"]
    rota = [{"location": location, "day": day, "windows": [{"start": "07:00", "end": "22:00"}],
             "validFrom": None, "validUntil": None}
            for day in ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")]
    practitioners = []
    for n in range(PRACTITIONERS):
        practitioner = call(base, "POST", "/api/practitioners", {
            "displayName": f"Bench {tag} {n}", "qualifications": ["NURSE"], "locationIds": [location]}, token)["id"]
        call(base, "PUT", f"/api/practitioners/{practitioner}/working-hours", rota, token)
        practitioners.append(practitioner)
    first = datetime.datetime.now(LONDON).date() + datetime.timedelta(days=2)
    lines = 0
    with open(slots_file, "w") as out:
        for d in range(DAYS):
            day = first + datetime.timedelta(days=d)
            for half_hour in range(7 * 2, 22 * 2):
                start = datetime.datetime(day.year, day.month, day.day, half_hour // 2, half_hour % 2 * 30,
                                          tzinfo=LONDON).isoformat()
                for practitioner in practitioners:
                    out.write(f"{start} {practitioner}\n")
                    lines += 1
    print(f"{treatment} {location} {lines}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
