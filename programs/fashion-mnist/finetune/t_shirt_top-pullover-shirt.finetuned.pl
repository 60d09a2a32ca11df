%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: pullover
%! class 2: shirt
% vars=40 rules=37 size=203
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=5323 confidence=0.9057  ~block3_pool#8 & ~block3_pool#12 & ~block3_pool#45 & ~block3_pool#52 & ~block3_pool#55 & ~block3_pool#61 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 52), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 61).
class(I, shirt) :- fired(I, r1).
% r2  support=295 confidence=0.8780  ~block3_pool#8 & ~block3_pool#12 & block3_pool#45 & ~block3_pool#52 & ~block3_pool#55 & ~block3_pool#61 -> pullover
fired(I, r2) :- active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 52), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 61).
class(I, pullover) :- fired(I, r2).
% r3  support=303 confidence=0.9175  block3_pool#8 & ~block3_pool#12 & ~block3_pool#19 & ~block3_pool#52 & ~block3_pool#55 & ~block3_pool#61 -> t_shirt_top
fired(I, r3) :- active(I, block3_pool, 8), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 52), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 61).
class(I, t_shirt_top) :- fired(I, r3).
% r4  support=23 confidence=0.6087  block3_pool#8 & ~block3_pool#12 & block3_pool#19 & ~block3_pool#52 & ~block3_pool#55 & ~block3_pool#61 -> shirt
fired(I, r4) :- active(I, block3_pool, 8), active(I, block3_pool, 19), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 52), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 61).
class(I, shirt) :- fired(I, r4).
% r5  support=695 confidence=0.8892  ~block3_pool#8 & ~block3_pool#12 & ~block3_pool#52 & ~block3_pool#55 & block3_pool#61 -> pullover
fired(I, r5) :- active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 52), \+ active(I, block3_pool, 55).
class(I, pullover) :- fired(I, r5).
% r6  support=36 confidence=0.7222  block3_pool#8 & ~block3_pool#12 & ~block3_pool#45 & ~block3_pool#52 & ~block3_pool#55 & block3_pool#61 -> t_shirt_top
fired(I, r6) :- active(I, block3_pool, 8), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 52), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r6).
% r7  support=8 confidence=0.8750  block3_pool#8 & ~block3_pool#12 & block3_pool#45 & ~block3_pool#52 & ~block3_pool#55 & block3_pool#61 -> pullover
fired(I, r7) :- active(I, block3_pool, 8), active(I, block3_pool, 45), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 52), \+ active(I, block3_pool, 55).
class(I, pullover) :- fired(I, r7).
% r8  support=1279 confidence=0.8804  ~block3_pool#12 & ~block3_pool#40 & block3_pool#52 & ~block3_pool#55 & ~block3_pool#61 -> t_shirt_top
fired(I, r8) :- active(I, block3_pool, 52), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 61).
class(I, t_shirt_top) :- fired(I, r8).
% r9  support=33 confidence=0.7879  ~block3_pool#12 & ~block3_pool#29 & ~block3_pool#40 & block3_pool#52 & ~block3_pool#55 & block3_pool#61 -> pullover
fired(I, r9) :- active(I, block3_pool, 52), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 55).
class(I, pullover) :- fired(I, r9).
% r10  support=3 confidence=1.0000  ~block3_pool#12 & block3_pool#29 & ~block3_pool#40 & block3_pool#52 & ~block3_pool#55 & block3_pool#61 -> t_shirt_top
fired(I, r10) :- active(I, block3_pool, 29), active(I, block3_pool, 52), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r10).
% r11  support=60 confidence=1.0000  ~block3_pool#12 & ~block3_pool#21 & ~block3_pool#29 & block3_pool#40 & block3_pool#52 & ~block3_pool#55 -> shirt
fired(I, r11) :- active(I, block3_pool, 40), active(I, block3_pool, 52), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 55).
class(I, shirt) :- fired(I, r11).
% r12  support=3 confidence=0.6667  ~block3_pool#12 & block3_pool#21 & ~block3_pool#29 & block3_pool#40 & block3_pool#52 & ~block3_pool#55 -> t_shirt_top
fired(I, r12) :- active(I, block3_pool, 21), active(I, block3_pool, 40), active(I, block3_pool, 52), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r12).
% r13  support=1 confidence=1.0000  ~block3_pool#12 & ~block3_pool#13 & block3_pool#29 & block3_pool#40 & block3_pool#52 & ~block3_pool#55 -> shirt
fired(I, r13) :- active(I, block3_pool, 29), active(I, block3_pool, 40), active(I, block3_pool, 52), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 13), \+ active(I, block3_pool, 55).
class(I, shirt) :- fired(I, r13).
% r14  support=7 confidence=0.8571  ~block3_pool#12 & block3_pool#13 & block3_pool#29 & block3_pool#40 & block3_pool#52 & ~block3_pool#55 -> t_shirt_top
fired(I, r14) :- active(I, block3_pool, 13), active(I, block3_pool, 29), active(I, block3_pool, 40), active(I, block3_pool, 52), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r14).
% r15  support=3839 confidence=0.9984  block3_pool#12 & ~block3_pool#35 & ~block3_pool#40 & ~block3_pool#55 -> t_shirt_top
fired(I, r15) :- active(I, block3_pool, 12), image(I), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r15).
% r16  support=11 confidence=0.6364  block3_pool#12 & ~block3_pool#19 & ~block3_pool#35 & block3_pool#40 & ~block3_pool#46 & ~block3_pool#55 -> t_shirt_top
fired(I, r16) :- active(I, block3_pool, 12), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r16).
% r17  support=2 confidence=1.0000  block3_pool#12 & block3_pool#19 & ~block3_pool#35 & block3_pool#40 & ~block3_pool#46 & ~block3_pool#55 -> shirt
fired(I, r17) :- active(I, block3_pool, 12), active(I, block3_pool, 19), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 55).
class(I, shirt) :- fired(I, r17).
% r18  support=40 confidence=1.0000  block3_pool#12 & ~block3_pool#35 & block3_pool#40 & block3_pool#46 & ~block3_pool#55 -> t_shirt_top
fired(I, r18) :- active(I, block3_pool, 12), active(I, block3_pool, 40), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r18).
% r19  support=65 confidence=0.8308  block3_pool#12 & block3_pool#35 & ~block3_pool#40 & ~block3_pool#46 & ~block3_pool#50 & ~block3_pool#55 -> t_shirt_top
fired(I, r19) :- active(I, block3_pool, 12), active(I, block3_pool, 35), image(I), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r19).
% r20  support=3 confidence=1.0000  block3_pool#12 & block3_pool#35 & ~block3_pool#40 & ~block3_pool#46 & block3_pool#50 & ~block3_pool#55 -> shirt
fired(I, r20) :- active(I, block3_pool, 12), active(I, block3_pool, 35), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 55).
class(I, shirt) :- fired(I, r20).
% r21  support=14 confidence=0.8571  ~block3_pool#8 & block3_pool#12 & block3_pool#35 & block3_pool#40 & ~block3_pool#46 & ~block3_pool#55 -> shirt
fired(I, r21) :- active(I, block3_pool, 12), active(I, block3_pool, 35), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 55).
class(I, shirt) :- fired(I, r21).
% r22  support=9 confidence=0.5556  block3_pool#8 & block3_pool#12 & block3_pool#35 & block3_pool#40 & ~block3_pool#46 & ~block3_pool#55 -> t_shirt_top
fired(I, r22) :- active(I, block3_pool, 8), active(I, block3_pool, 12), active(I, block3_pool, 35), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r22).
% r23  support=51 confidence=0.9608  block3_pool#12 & block3_pool#35 & block3_pool#46 & ~block3_pool#55 -> t_shirt_top
fired(I, r23) :- active(I, block3_pool, 12), active(I, block3_pool, 35), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r23).
% r24  support=3876 confidence=0.9966  ~block3_pool#1 & ~block3_pool#29 & ~block3_pool#35 & ~block3_pool#46 & block3_pool#55 & ~block3_pool#62 -> pullover
fired(I, r24) :- active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r24).
% r25  support=1 confidence=1.0000  ~block3_pool#1 & ~block3_pool#29 & ~block3_pool#35 & block3_pool#46 & block3_pool#55 & ~block3_pool#62 -> t_shirt_top
fired(I, r25) :- active(I, block3_pool, 46), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r25).
% r26  support=12 confidence=0.5833  ~block3_pool#1 & block3_pool#29 & ~block3_pool#35 & block3_pool#55 & ~block3_pool#62 -> pullover
fired(I, r26) :- active(I, block3_pool, 29), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r26).
% r27  support=8 confidence=0.6250  block3_pool#1 & ~block3_pool#35 & block3_pool#55 & ~block3_pool#62 -> shirt
fired(I, r27) :- active(I, block3_pool, 1), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r27).
% r28  support=13 confidence=0.6923  ~block3_pool#35 & block3_pool#55 & block3_pool#62 -> t_shirt_top
fired(I, r28) :- active(I, block3_pool, 55), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 35).
class(I, t_shirt_top) :- fired(I, r28).
% r29  support=18 confidence=0.7222  ~block3_pool#6 & ~block3_pool#13 & ~block3_pool#19 & block3_pool#35 & ~block3_pool#45 & block3_pool#55 -> pullover
fired(I, r29) :- active(I, block3_pool, 35), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 13), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 45).
class(I, pullover) :- fired(I, r29).
% r30  support=5 confidence=1.0000  ~block3_pool#6 & block3_pool#13 & ~block3_pool#19 & block3_pool#35 & ~block3_pool#45 & block3_pool#55 -> shirt
fired(I, r30) :- active(I, block3_pool, 13), active(I, block3_pool, 35), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 45).
class(I, shirt) :- fired(I, r30).
% r31  support=13 confidence=1.0000  block3_pool#6 & ~block3_pool#19 & block3_pool#35 & ~block3_pool#45 & block3_pool#55 -> pullover
fired(I, r31) :- active(I, block3_pool, 6), active(I, block3_pool, 35), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 45).
class(I, pullover) :- fired(I, r31).
% r32  support=67 confidence=0.9104  block3_pool#19 & block3_pool#35 & ~block3_pool#39 & ~block3_pool#45 & block3_pool#55 -> shirt
fired(I, r32) :- active(I, block3_pool, 19), active(I, block3_pool, 35), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 45).
class(I, shirt) :- fired(I, r32).
% r33  support=3 confidence=1.0000  block3_pool#19 & block3_pool#35 & block3_pool#39 & ~block3_pool#45 & block3_pool#55 -> pullover
fired(I, r33) :- active(I, block3_pool, 19), active(I, block3_pool, 35), active(I, block3_pool, 39), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 45).
class(I, pullover) :- fired(I, r33).
% r34  support=4 confidence=1.0000  ~block3_pool#19 & ~block3_pool#23 & block3_pool#35 & block3_pool#45 & block3_pool#55 -> pullover
fired(I, r34) :- active(I, block3_pool, 35), active(I, block3_pool, 45), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 23).
class(I, pullover) :- fired(I, r34).
% r35  support=1 confidence=1.0000  ~block3_pool#5 & block3_pool#19 & ~block3_pool#23 & block3_pool#35 & block3_pool#45 & block3_pool#55 -> pullover
fired(I, r35) :- active(I, block3_pool, 19), active(I, block3_pool, 35), active(I, block3_pool, 45), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 23).
class(I, pullover) :- fired(I, r35).
% r36  support=3 confidence=0.6667  block3_pool#5 & block3_pool#19 & ~block3_pool#23 & block3_pool#35 & block3_pool#45 & block3_pool#55 -> shirt
fired(I, r36) :- active(I, block3_pool, 5), active(I, block3_pool, 19), active(I, block3_pool, 35), active(I, block3_pool, 45), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 23).
class(I, shirt) :- fired(I, r36).
% r37  support=73 confidence=1.0000  block3_pool#23 & block3_pool#35 & block3_pool#45 & block3_pool#55 -> pullover
fired(I, r37) :- active(I, block3_pool, 23), active(I, block3_pool, 35), active(I, block3_pool, 45), active(I, block3_pool, 55), image(I).
class(I, pullover) :- fired(I, r37).
