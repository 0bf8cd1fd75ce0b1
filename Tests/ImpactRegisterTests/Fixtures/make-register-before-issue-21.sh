#!/usr/bin/env bash
# Makes a small register with the release before issue 21, for the migration test.
set -euo pipefail
impact=${IMPACT:-.build/debug/impact}
out=$1
rm -f "$out"
export IMPACT_REGISTER=$out
$impact init --as fixture
$impact add programme --as fixture --grant-reference ES/N008146/1 --title "Re-imagining professionalism: towards co-production" --principal-investigator "Pamela Fisher" --funder ESRC
$impact add seminar --as fixture --programme ES/N008146/1 --number 1 --title "Applying democratic professionalism" --date 2016-01-05 --city Leeds --waiting-list 12 --capacity-target 40
$impact add seminar --as fixture --programme ES/N008146/1 --number 2 --title "Enacting co-production" --date 2016-02-22
$impact add attendance --as fixture --seminar 1 --group service-users-carers --count 15
$impact add attendance --as fixture --seminar 1 --group practitioners --count 9
$impact add attendance --as fixture --seminar 2 --group academics --count 3
$impact add speaker --as fixture --seminar 1 --person "Pamela Fisher" --role speaker --talk-title "Democratic professionalism"
$impact add measure --as fixture --seminar 1 --statement "I understand the term co-production" --scale-min 1 --scale-max 5 --respondents 20 --mean-before 3.2 --mean-after 4.4
$impact add testimonial --as fixture --programme ES/N008146/1 --quote "It changed how I work." --given-by "A practitioner" --date 2016-03-01 --seminar 1
$impact add engagement --as fixture --programme ES/N008146/1 --title "Seminar 1" --form "A talk or presentation" --seminar 1 --years 2016
$impact edit seminar 2 --as fixture --city York
