%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: dress
%! class 2: coat
% vars=60 rules=49 size=283
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=832 confidence=0.5649  ~block3_pool#4 & ~block3_pool#27 & ~block3_pool#36 & ~block3_pool#43 & ~block3_pool#51 -> t_shirt_top
fired(I, r1) :- image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 51).
class(I, t_shirt_top) :- fired(I, r1).
% r2  support=512 confidence=0.8457  block3_pool#4 & ~block3_pool#27 & ~block3_pool#36 & ~block3_pool#43 & ~block3_pool#44 & ~block3_pool#51 -> dress
fired(I, r2) :- active(I, block3_pool, 4), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 51).
class(I, dress) :- fired(I, r2).
% r3  support=55 confidence=0.8182  block3_pool#4 & ~block3_pool#27 & ~block3_pool#36 & ~block3_pool#43 & block3_pool#44 & ~block3_pool#51 -> t_shirt_top
fired(I, r3) :- active(I, block3_pool, 4), active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 51).
class(I, t_shirt_top) :- fired(I, r3).
% r4  support=307 confidence=0.8925  ~block3_pool#27 & ~block3_pool#36 & ~block3_pool#43 & ~block3_pool#50 & block3_pool#51 & ~block3_pool#58 -> coat
fired(I, r4) :- active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 58).
class(I, coat) :- fired(I, r4).
% r5  support=19 confidence=0.4737  ~block3_pool#27 & ~block3_pool#36 & ~block3_pool#43 & ~block3_pool#50 & block3_pool#51 & block3_pool#58 -> t_shirt_top
fired(I, r5) :- active(I, block3_pool, 51), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50).
class(I, t_shirt_top) :- fired(I, r5).
% r6  support=54 confidence=0.8148  ~block3_pool#6 & ~block3_pool#27 & ~block3_pool#36 & ~block3_pool#43 & block3_pool#50 & block3_pool#51 -> t_shirt_top
fired(I, r6) :- active(I, block3_pool, 50), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43).
class(I, t_shirt_top) :- fired(I, r6).
% r7  support=5 confidence=1.0000  block3_pool#6 & ~block3_pool#27 & ~block3_pool#36 & ~block3_pool#43 & block3_pool#50 & block3_pool#51 -> coat
fired(I, r7) :- active(I, block3_pool, 6), active(I, block3_pool, 50), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43).
class(I, coat) :- fired(I, r7).
% r8  support=4431 confidence=0.9792  ~block3_pool#14 & ~block3_pool#22 & block3_pool#27 & ~block3_pool#34 & ~block3_pool#36 & ~block3_pool#43 -> dress
fired(I, r8) :- active(I, block3_pool, 27), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43).
class(I, dress) :- fired(I, r8).
% r9  support=27 confidence=0.6296  ~block3_pool#14 & ~block3_pool#22 & block3_pool#27 & block3_pool#34 & ~block3_pool#36 & ~block3_pool#43 -> t_shirt_top
fired(I, r9) :- active(I, block3_pool, 27), active(I, block3_pool, 34), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43).
class(I, t_shirt_top) :- fired(I, r9).
% r10  support=73 confidence=0.6301  block3_pool#14 & ~block3_pool#22 & block3_pool#27 & ~block3_pool#36 & ~block3_pool#43 & ~block3_pool#51 -> dress
fired(I, r10) :- active(I, block3_pool, 14), active(I, block3_pool, 27), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 51).
class(I, dress) :- fired(I, r10).
% r11  support=17 confidence=1.0000  block3_pool#14 & ~block3_pool#22 & block3_pool#27 & ~block3_pool#36 & ~block3_pool#43 & block3_pool#51 -> coat
fired(I, r11) :- active(I, block3_pool, 14), active(I, block3_pool, 27), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43).
class(I, coat) :- fired(I, r11).
% r12  support=63 confidence=0.8730  ~block3_pool#4 & block3_pool#22 & block3_pool#27 & ~block3_pool#36 & ~block3_pool#39 & ~block3_pool#43 -> t_shirt_top
fired(I, r12) :- active(I, block3_pool, 22), active(I, block3_pool, 27), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 43).
class(I, t_shirt_top) :- fired(I, r12).
% r13  support=16 confidence=0.6250  block3_pool#4 & block3_pool#22 & block3_pool#27 & ~block3_pool#36 & ~block3_pool#39 & ~block3_pool#43 -> dress
fired(I, r13) :- active(I, block3_pool, 4), active(I, block3_pool, 22), active(I, block3_pool, 27), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 43).
class(I, dress) :- fired(I, r13).
% r14  support=29 confidence=0.8276  block3_pool#22 & block3_pool#27 & ~block3_pool#36 & block3_pool#39 & ~block3_pool#43 & ~block3_pool#55 -> dress
fired(I, r14) :- active(I, block3_pool, 22), active(I, block3_pool, 27), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 55).
class(I, dress) :- fired(I, r14).
% r15  support=11 confidence=0.6364  block3_pool#22 & block3_pool#27 & ~block3_pool#36 & block3_pool#39 & ~block3_pool#43 & block3_pool#55 -> t_shirt_top
fired(I, r15) :- active(I, block3_pool, 22), active(I, block3_pool, 27), active(I, block3_pool, 39), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43).
class(I, t_shirt_top) :- fired(I, r15).
% r16  support=4519 confidence=0.9803  ~block3_pool#1 & block3_pool#36 & ~block3_pool#43 -> t_shirt_top
fired(I, r16) :- active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 43).
class(I, t_shirt_top) :- fired(I, r16).
% r17  support=21 confidence=0.9524  block3_pool#1 & ~block3_pool#4 & ~block3_pool#27 & block3_pool#36 & ~block3_pool#43 & ~block3_pool#52 -> t_shirt_top
fired(I, r17) :- active(I, block3_pool, 1), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 52).
class(I, t_shirt_top) :- fired(I, r17).
% r18  support=2 confidence=0.5000  block3_pool#1 & ~block3_pool#4 & ~block3_pool#27 & block3_pool#36 & ~block3_pool#43 & block3_pool#52 -> dress
fired(I, r18) :- active(I, block3_pool, 1), active(I, block3_pool, 36), active(I, block3_pool, 52), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 43).
class(I, dress) :- fired(I, r18).
% r19  support=1 confidence=1.0000  block3_pool#1 & block3_pool#4 & ~block3_pool#7 & ~block3_pool#27 & block3_pool#36 & ~block3_pool#43 -> t_shirt_top
fired(I, r19) :- active(I, block3_pool, 1), active(I, block3_pool, 4), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 43).
class(I, t_shirt_top) :- fired(I, r19).
% r20  support=3 confidence=0.6667  block3_pool#1 & block3_pool#4 & block3_pool#7 & ~block3_pool#27 & block3_pool#36 & ~block3_pool#43 -> dress
fired(I, r20) :- active(I, block3_pool, 1), active(I, block3_pool, 4), active(I, block3_pool, 7), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 43).
class(I, dress) :- fired(I, r20).
% r21  support=7 confidence=0.7143  block3_pool#1 & block3_pool#27 & block3_pool#36 & ~block3_pool#40 & ~block3_pool#43 & ~block3_pool#48 -> dress
fired(I, r21) :- active(I, block3_pool, 1), active(I, block3_pool, 27), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r21).
% r22  support=1 confidence=1.0000  block3_pool#1 & block3_pool#27 & block3_pool#36 & ~block3_pool#40 & ~block3_pool#43 & block3_pool#48 -> t_shirt_top
fired(I, r22) :- active(I, block3_pool, 1), active(I, block3_pool, 27), active(I, block3_pool, 36), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 43).
class(I, t_shirt_top) :- fired(I, r22).
% r23  support=2 confidence=0.5000  block3_pool#1 & ~block3_pool#10 & block3_pool#27 & block3_pool#36 & block3_pool#40 & ~block3_pool#43 -> t_shirt_top
fired(I, r23) :- active(I, block3_pool, 1), active(I, block3_pool, 27), active(I, block3_pool, 36), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 43).
class(I, t_shirt_top) :- fired(I, r23).
% r24  support=27 confidence=1.0000  block3_pool#1 & block3_pool#10 & block3_pool#27 & block3_pool#36 & block3_pool#40 & ~block3_pool#43 -> dress
fired(I, r24) :- active(I, block3_pool, 1), active(I, block3_pool, 10), active(I, block3_pool, 27), active(I, block3_pool, 36), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 43).
class(I, dress) :- fired(I, r24).
% r25  support=222 confidence=0.8964  ~block3_pool#16 & ~block3_pool#27 & block3_pool#43 & ~block3_pool#48 & ~block3_pool#50 & ~block3_pool#61 -> coat
fired(I, r25) :- active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 61).
class(I, coat) :- fired(I, r25).
% r26  support=10 confidence=0.6000  block3_pool#16 & ~block3_pool#27 & block3_pool#43 & ~block3_pool#48 & ~block3_pool#50 & ~block3_pool#61 -> dress
fired(I, r26) :- active(I, block3_pool, 16), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 61).
class(I, dress) :- fired(I, r26).
% r27  support=46 confidence=0.5870  ~block3_pool#22 & ~block3_pool#27 & block3_pool#43 & ~block3_pool#48 & ~block3_pool#50 & block3_pool#61 -> dress
fired(I, r27) :- active(I, block3_pool, 43), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 50).
class(I, dress) :- fired(I, r27).
% r28  support=4 confidence=1.0000  block3_pool#22 & ~block3_pool#27 & block3_pool#43 & ~block3_pool#48 & ~block3_pool#50 & block3_pool#61 -> t_shirt_top
fired(I, r28) :- active(I, block3_pool, 22), active(I, block3_pool, 43), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 50).
class(I, t_shirt_top) :- fired(I, r28).
% r29  support=27 confidence=0.8519  ~block3_pool#0 & ~block3_pool#27 & block3_pool#43 & ~block3_pool#48 & block3_pool#50 -> t_shirt_top
fired(I, r29) :- active(I, block3_pool, 43), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r29).
% r30  support=5 confidence=0.8000  block3_pool#0 & ~block3_pool#19 & ~block3_pool#27 & block3_pool#43 & ~block3_pool#48 & block3_pool#50 -> coat
fired(I, r30) :- active(I, block3_pool, 0), active(I, block3_pool, 43), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 48).
class(I, coat) :- fired(I, r30).
% r31  support=4 confidence=0.5000  block3_pool#0 & block3_pool#19 & ~block3_pool#27 & block3_pool#43 & ~block3_pool#48 & block3_pool#50 -> t_shirt_top
fired(I, r31) :- active(I, block3_pool, 0), active(I, block3_pool, 19), active(I, block3_pool, 43), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r31).
% r32  support=85 confidence=0.9529  ~block3_pool#12 & ~block3_pool#21 & ~block3_pool#22 & block3_pool#27 & block3_pool#43 & ~block3_pool#48 -> dress
fired(I, r32) :- active(I, block3_pool, 27), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r32).
% r33  support=1 confidence=1.0000  ~block3_pool#12 & ~block3_pool#21 & block3_pool#22 & block3_pool#27 & block3_pool#43 & ~block3_pool#48 -> coat
fired(I, r33) :- active(I, block3_pool, 22), active(I, block3_pool, 27), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 48).
class(I, coat) :- fired(I, r33).
% r34  support=29 confidence=0.7586  ~block3_pool#12 & block3_pool#21 & block3_pool#27 & ~block3_pool#35 & block3_pool#43 & ~block3_pool#48 -> dress
fired(I, r34) :- active(I, block3_pool, 21), active(I, block3_pool, 27), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r34).
% r35  support=18 confidence=0.6667  ~block3_pool#12 & block3_pool#21 & block3_pool#27 & block3_pool#35 & block3_pool#43 & ~block3_pool#48 -> coat
fired(I, r35) :- active(I, block3_pool, 21), active(I, block3_pool, 27), active(I, block3_pool, 35), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 48).
class(I, coat) :- fired(I, r35).
% r36  support=36 confidence=0.6667  block3_pool#12 & ~block3_pool#16 & ~block3_pool#19 & block3_pool#27 & block3_pool#43 & ~block3_pool#48 -> coat
fired(I, r36) :- active(I, block3_pool, 12), active(I, block3_pool, 27), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 48).
class(I, coat) :- fired(I, r36).
% r37  support=5 confidence=0.6000  block3_pool#12 & block3_pool#16 & ~block3_pool#19 & block3_pool#27 & block3_pool#43 & ~block3_pool#48 -> dress
fired(I, r37) :- active(I, block3_pool, 12), active(I, block3_pool, 16), active(I, block3_pool, 27), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r37).
% r38  support=8 confidence=1.0000  block3_pool#12 & block3_pool#19 & block3_pool#27 & block3_pool#43 & ~block3_pool#48 -> t_shirt_top
fired(I, r38) :- active(I, block3_pool, 12), active(I, block3_pool, 19), active(I, block3_pool, 27), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r38).
% r39  support=4433 confidence=0.9964  ~block3_pool#16 & ~block3_pool#19 & block3_pool#43 & block3_pool#48 & ~block3_pool#50 -> coat
fired(I, r39) :- active(I, block3_pool, 43), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 50).
class(I, coat) :- fired(I, r39).
% r40  support=14 confidence=0.9286  ~block3_pool#0 & ~block3_pool#16 & ~block3_pool#19 & block3_pool#43 & block3_pool#48 & block3_pool#50 -> t_shirt_top
fired(I, r40) :- active(I, block3_pool, 43), active(I, block3_pool, 48), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 19).
class(I, t_shirt_top) :- fired(I, r40).
% r41  support=81 confidence=0.8889  block3_pool#0 & ~block3_pool#16 & ~block3_pool#19 & block3_pool#43 & block3_pool#48 & block3_pool#50 -> coat
fired(I, r41) :- active(I, block3_pool, 0), active(I, block3_pool, 43), active(I, block3_pool, 48), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 19).
class(I, coat) :- fired(I, r41).
% r42  support=27 confidence=1.0000  ~block3_pool#14 & block3_pool#16 & ~block3_pool#19 & ~block3_pool#22 & block3_pool#43 & block3_pool#48 -> dress
fired(I, r42) :- active(I, block3_pool, 16), active(I, block3_pool, 43), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 22).
class(I, dress) :- fired(I, r42).
% r43  support=4 confidence=1.0000  block3_pool#16 & ~block3_pool#19 & block3_pool#22 & block3_pool#43 & block3_pool#48 -> t_shirt_top
fired(I, r43) :- active(I, block3_pool, 16), active(I, block3_pool, 22), active(I, block3_pool, 43), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 19).
class(I, t_shirt_top) :- fired(I, r43).
% r44  support=15 confidence=0.7333  block3_pool#14 & block3_pool#16 & ~block3_pool#19 & ~block3_pool#22 & block3_pool#43 & block3_pool#48 -> coat
fired(I, r44) :- active(I, block3_pool, 14), active(I, block3_pool, 16), active(I, block3_pool, 43), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 22).
class(I, coat) :- fired(I, r44).
% r45  support=13 confidence=1.0000  ~block3_pool#9 & block3_pool#19 & block3_pool#43 & block3_pool#48 & ~block3_pool#50 -> coat
fired(I, r45) :- active(I, block3_pool, 19), active(I, block3_pool, 43), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 50).
class(I, coat) :- fired(I, r45).
% r46  support=1 confidence=1.0000  block3_pool#9 & block3_pool#19 & block3_pool#43 & block3_pool#48 & ~block3_pool#50 -> t_shirt_top
fired(I, r46) :- active(I, block3_pool, 9), active(I, block3_pool, 19), active(I, block3_pool, 43), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 50).
class(I, t_shirt_top) :- fired(I, r46).
% r47  support=70 confidence=0.9143  ~block3_pool#8 & block3_pool#19 & block3_pool#43 & block3_pool#48 & block3_pool#50 -> t_shirt_top
fired(I, r47) :- active(I, block3_pool, 19), active(I, block3_pool, 43), active(I, block3_pool, 48), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 8).
class(I, t_shirt_top) :- fired(I, r47).
% r48  support=6 confidence=0.6667  block3_pool#8 & block3_pool#19 & ~block3_pool#28 & block3_pool#43 & block3_pool#48 & block3_pool#50 -> dress
fired(I, r48) :- active(I, block3_pool, 8), active(I, block3_pool, 19), active(I, block3_pool, 43), active(I, block3_pool, 48), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 28).
class(I, dress) :- fired(I, r48).
% r49  support=2 confidence=1.0000  block3_pool#8 & block3_pool#19 & block3_pool#28 & block3_pool#43 & block3_pool#48 & block3_pool#50 -> t_shirt_top
fired(I, r49) :- active(I, block3_pool, 8), active(I, block3_pool, 19), active(I, block3_pool, 28), active(I, block3_pool, 43), active(I, block3_pool, 48), active(I, block3_pool, 50), image(I).
class(I, t_shirt_top) :- fired(I, r49).
