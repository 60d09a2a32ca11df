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
% vars=44 rules=40 size=224
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=330 confidence=0.6515  ~block3_pool#3 & ~block3_pool#30 & ~block3_pool#34 & ~block3_pool#36 & ~block3_pool#43 & ~block3_pool#50 -> dress
fired(I, r1) :- image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50).
class(I, dress) :- fired(I, r1).
% r2  support=316 confidence=0.5823  ~block3_pool#3 & ~block3_pool#30 & ~block3_pool#34 & block3_pool#36 & ~block3_pool#43 & ~block3_pool#50 -> t_shirt_top
fired(I, r2) :- active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50).
class(I, t_shirt_top) :- fired(I, r2).
% r3  support=682 confidence=0.9487  ~block3_pool#3 & ~block3_pool#14 & block3_pool#30 & ~block3_pool#34 & ~block3_pool#43 & ~block3_pool#50 -> dress
fired(I, r3) :- active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50).
class(I, dress) :- fired(I, r3).
% r4  support=39 confidence=0.6667  ~block3_pool#3 & block3_pool#14 & block3_pool#30 & ~block3_pool#34 & ~block3_pool#43 & ~block3_pool#50 -> coat
fired(I, r4) :- active(I, block3_pool, 14), active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50).
class(I, coat) :- fired(I, r4).
% r5  support=2998 confidence=0.9670  block3_pool#3 & ~block3_pool#34 & ~block3_pool#43 & ~block3_pool#50 -> dress
fired(I, r5) :- active(I, block3_pool, 3), image(I), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50).
class(I, dress) :- fired(I, r5).
% r6  support=220 confidence=0.7636  ~block3_pool#16 & block3_pool#34 & ~block3_pool#36 & ~block3_pool#43 & ~block3_pool#50 & ~block3_pool#58 -> coat
fired(I, r6) :- active(I, block3_pool, 34), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 58).
class(I, coat) :- fired(I, r6).
% r7  support=20 confidence=0.5000  ~block3_pool#16 & block3_pool#34 & ~block3_pool#36 & ~block3_pool#43 & ~block3_pool#50 & block3_pool#58 -> dress
fired(I, r7) :- active(I, block3_pool, 34), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50).
class(I, dress) :- fired(I, r7).
% r8  support=18 confidence=0.6111  ~block3_pool#16 & block3_pool#34 & block3_pool#36 & ~block3_pool#43 & ~block3_pool#50 & ~block3_pool#55 -> dress
fired(I, r8) :- active(I, block3_pool, 34), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 55).
class(I, dress) :- fired(I, r8).
% r9  support=44 confidence=0.8636  ~block3_pool#16 & block3_pool#34 & block3_pool#36 & ~block3_pool#43 & ~block3_pool#50 & block3_pool#55 -> t_shirt_top
fired(I, r9) :- active(I, block3_pool, 34), active(I, block3_pool, 36), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50).
class(I, t_shirt_top) :- fired(I, r9).
% r10  support=135 confidence=0.8741  block3_pool#16 & ~block3_pool#30 & block3_pool#34 & ~block3_pool#43 & ~block3_pool#50 & ~block3_pool#62 -> t_shirt_top
fired(I, r10) :- active(I, block3_pool, 16), active(I, block3_pool, 34), image(I), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r10).
% r11  support=80 confidence=0.5375  block3_pool#16 & ~block3_pool#30 & block3_pool#34 & ~block3_pool#43 & ~block3_pool#50 & block3_pool#62 -> dress
fired(I, r11) :- active(I, block3_pool, 16), active(I, block3_pool, 34), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50).
class(I, dress) :- fired(I, r11).
% r12  support=163 confidence=0.9571  block3_pool#16 & block3_pool#30 & block3_pool#34 & ~block3_pool#43 & ~block3_pool#45 & ~block3_pool#50 -> dress
fired(I, r12) :- active(I, block3_pool, 16), active(I, block3_pool, 30), active(I, block3_pool, 34), image(I), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 50).
class(I, dress) :- fired(I, r12).
% r13  support=29 confidence=0.5172  block3_pool#16 & block3_pool#30 & block3_pool#34 & ~block3_pool#43 & block3_pool#45 & ~block3_pool#50 -> t_shirt_top
fired(I, r13) :- active(I, block3_pool, 16), active(I, block3_pool, 30), active(I, block3_pool, 34), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 50).
class(I, t_shirt_top) :- fired(I, r13).
% r14  support=262 confidence=0.6527  ~block3_pool#4 & ~block3_pool#34 & ~block3_pool#36 & ~block3_pool#43 & block3_pool#50 -> t_shirt_top
fired(I, r14) :- active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43).
class(I, t_shirt_top) :- fired(I, r14).
% r15  support=57 confidence=0.5614  block3_pool#4 & ~block3_pool#34 & ~block3_pool#36 & ~block3_pool#43 & block3_pool#50 & ~block3_pool#62 -> t_shirt_top
fired(I, r15) :- active(I, block3_pool, 4), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r15).
% r16  support=41 confidence=0.9024  block3_pool#4 & ~block3_pool#34 & ~block3_pool#36 & ~block3_pool#43 & block3_pool#50 & block3_pool#62 -> dress
fired(I, r16) :- active(I, block3_pool, 4), active(I, block3_pool, 50), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43).
class(I, dress) :- fired(I, r16).
% r17  support=108 confidence=0.7870  block3_pool#34 & ~block3_pool#36 & ~block3_pool#42 & ~block3_pool#43 & block3_pool#50 & ~block3_pool#62 -> t_shirt_top
fired(I, r17) :- active(I, block3_pool, 34), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r17).
% r18  support=28 confidence=0.4643  block3_pool#34 & ~block3_pool#36 & ~block3_pool#42 & ~block3_pool#43 & block3_pool#50 & block3_pool#62 -> coat
fired(I, r18) :- active(I, block3_pool, 34), active(I, block3_pool, 50), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 43).
class(I, coat) :- fired(I, r18).
% r19  support=160 confidence=0.9313  block3_pool#34 & ~block3_pool#36 & block3_pool#42 & ~block3_pool#43 & block3_pool#50 -> t_shirt_top
fired(I, r19) :- active(I, block3_pool, 34), active(I, block3_pool, 42), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43).
class(I, t_shirt_top) :- fired(I, r19).
% r20  support=4017 confidence=0.9550  block3_pool#36 & ~block3_pool#43 & block3_pool#50 -> t_shirt_top
fired(I, r20) :- active(I, block3_pool, 36), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 43).
class(I, t_shirt_top) :- fired(I, r20).
% r21  support=667 confidence=0.7946  ~block3_pool#14 & ~block3_pool#36 & ~block3_pool#39 & block3_pool#43 & ~block3_pool#50 -> coat
fired(I, r21) :- active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 50).
class(I, coat) :- fired(I, r21).
% r22  support=91 confidence=0.4945  ~block3_pool#14 & ~block3_pool#36 & ~block3_pool#39 & block3_pool#43 & block3_pool#50 & ~block3_pool#57 -> t_shirt_top
fired(I, r22) :- active(I, block3_pool, 43), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r22).
% r23  support=70 confidence=0.6571  ~block3_pool#14 & ~block3_pool#36 & ~block3_pool#39 & block3_pool#43 & block3_pool#50 & block3_pool#57 -> coat
fired(I, r23) :- active(I, block3_pool, 43), active(I, block3_pool, 50), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 39).
class(I, coat) :- fired(I, r23).
% r24  support=45 confidence=0.7333  ~block3_pool#9 & ~block3_pool#14 & ~block3_pool#36 & block3_pool#39 & block3_pool#43 & ~block3_pool#53 -> coat
fired(I, r24) :- active(I, block3_pool, 39), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 53).
class(I, coat) :- fired(I, r24).
% r25  support=20 confidence=0.6000  block3_pool#9 & ~block3_pool#14 & ~block3_pool#36 & block3_pool#39 & block3_pool#43 & ~block3_pool#53 -> dress
fired(I, r25) :- active(I, block3_pool, 9), active(I, block3_pool, 39), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 53).
class(I, dress) :- fired(I, r25).
% r26  support=138 confidence=0.8623  ~block3_pool#14 & ~block3_pool#36 & block3_pool#39 & block3_pool#43 & block3_pool#53 -> dress
fired(I, r26) :- active(I, block3_pool, 39), active(I, block3_pool, 43), active(I, block3_pool, 53), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 36).
class(I, dress) :- fired(I, r26).
% r27  support=4307 confidence=0.9658  ~block3_pool#1 & block3_pool#14 & ~block3_pool#36 & block3_pool#43 -> coat
fired(I, r27) :- active(I, block3_pool, 14), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 36).
class(I, coat) :- fired(I, r27).
% r28  support=32 confidence=0.5000  block3_pool#1 & block3_pool#14 & ~block3_pool#36 & block3_pool#43 -> t_shirt_top
fired(I, r28) :- active(I, block3_pool, 1), active(I, block3_pool, 14), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 36).
class(I, t_shirt_top) :- fired(I, r28).
% r29  support=497 confidence=0.9577  ~block3_pool#14 & ~block3_pool#34 & block3_pool#36 & block3_pool#43 & ~block3_pool#50 -> dress
fired(I, r29) :- active(I, block3_pool, 36), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 50).
class(I, dress) :- fired(I, r29).
% r30  support=23 confidence=0.9130  ~block3_pool#14 & block3_pool#34 & block3_pool#36 & block3_pool#43 & ~block3_pool#50 & ~block3_pool#54 -> dress
fired(I, r30) :- active(I, block3_pool, 34), active(I, block3_pool, 36), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 54).
class(I, dress) :- fired(I, r30).
% r31  support=19 confidence=0.6316  ~block3_pool#14 & block3_pool#34 & block3_pool#36 & block3_pool#43 & ~block3_pool#50 & block3_pool#54 -> t_shirt_top
fired(I, r31) :- active(I, block3_pool, 34), active(I, block3_pool, 36), active(I, block3_pool, 43), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 50).
class(I, t_shirt_top) :- fired(I, r31).
% r32  support=59 confidence=0.8136  ~block3_pool#1 & block3_pool#14 & ~block3_pool#16 & block3_pool#36 & block3_pool#43 & ~block3_pool#50 -> coat
fired(I, r32) :- active(I, block3_pool, 14), active(I, block3_pool, 36), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 50).
class(I, coat) :- fired(I, r32).
% r33  support=8 confidence=0.7500  block3_pool#1 & block3_pool#14 & ~block3_pool#16 & block3_pool#36 & block3_pool#43 & ~block3_pool#50 -> dress
fired(I, r33) :- active(I, block3_pool, 1), active(I, block3_pool, 14), active(I, block3_pool, 36), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 50).
class(I, dress) :- fired(I, r33).
% r34  support=65 confidence=0.8154  block3_pool#14 & block3_pool#16 & block3_pool#36 & block3_pool#43 & ~block3_pool#50 & ~block3_pool#55 -> dress
fired(I, r34) :- active(I, block3_pool, 14), active(I, block3_pool, 16), active(I, block3_pool, 36), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 55).
class(I, dress) :- fired(I, r34).
% r35  support=24 confidence=0.5833  block3_pool#14 & block3_pool#16 & block3_pool#36 & block3_pool#43 & ~block3_pool#50 & block3_pool#55 -> t_shirt_top
fired(I, r35) :- active(I, block3_pool, 14), active(I, block3_pool, 16), active(I, block3_pool, 36), active(I, block3_pool, 43), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 50).
class(I, t_shirt_top) :- fired(I, r35).
% r36  support=37 confidence=0.5946  ~block3_pool#27 & block3_pool#36 & block3_pool#43 & ~block3_pool#45 & block3_pool#50 & ~block3_pool#55 -> coat
fired(I, r36) :- active(I, block3_pool, 36), active(I, block3_pool, 43), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 55).
class(I, coat) :- fired(I, r36).
% r37  support=30 confidence=0.7667  block3_pool#27 & block3_pool#36 & block3_pool#43 & ~block3_pool#45 & block3_pool#50 & ~block3_pool#55 -> dress
fired(I, r37) :- active(I, block3_pool, 27), active(I, block3_pool, 36), active(I, block3_pool, 43), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 55).
class(I, dress) :- fired(I, r37).
% r38  support=66 confidence=0.8636  ~block3_pool#17 & block3_pool#36 & block3_pool#43 & ~block3_pool#45 & block3_pool#50 & block3_pool#55 -> t_shirt_top
fired(I, r38) :- active(I, block3_pool, 36), active(I, block3_pool, 43), active(I, block3_pool, 50), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 45).
class(I, t_shirt_top) :- fired(I, r38).
% r39  support=16 confidence=0.6250  block3_pool#17 & block3_pool#36 & block3_pool#43 & ~block3_pool#45 & block3_pool#50 & block3_pool#55 -> dress
fired(I, r39) :- active(I, block3_pool, 17), active(I, block3_pool, 36), active(I, block3_pool, 43), active(I, block3_pool, 50), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 45).
class(I, dress) :- fired(I, r39).
% r40  support=239 confidence=0.9414  block3_pool#36 & block3_pool#43 & block3_pool#45 & block3_pool#50 -> t_shirt_top
fired(I, r40) :- active(I, block3_pool, 36), active(I, block3_pool, 43), active(I, block3_pool, 45), active(I, block3_pool, 50), image(I).
class(I, t_shirt_top) :- fired(I, r40).
